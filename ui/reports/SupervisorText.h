#pragma once

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

// How the supervisor's values read: KPI names and figures, complaint severities and states, callback events.
class SupervisorText
{
    Q_DECLARE_TR_FUNCTIONS(SupervisorText)
public:
    static QString kpiLabel(const QString &kpi);
    // "92.5%", "12.0 min", "¥45.00", "8"; "—" when there was nothing to count.
    static QString kpiValue(const QString &kpi, const QJsonValue &value);
    // The change from the previous period: "+3.2 pts", "−4.0 min", "+¥120.00"; empty when either side is empty.
    static QString kpiChange(const QString &kpi, const QJsonValue &current, const QJsonValue &previous);
    // Whether a rise of this KPI is good news (rates, money collected) or bad (times, repeats, complaints).
    static bool higherIsBetter(const QString &kpi);
    static QString severity(const QString &severity);
    static QString complaintState(const QString &state);
    static QString callbackEvent(const QString &kind);
    // R21: what a manager's task is for
    static QString taskKind(const QString &kind);
    static QString dimension(int dimension);
};
