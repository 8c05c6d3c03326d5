#include "SupervisorText.h"

#include "rules/Labels.h"

#include "DisplayText.h"
#include "storage/KpiQueries.h"

#include <QHash>

QString SupervisorText::kpiLabel(const QString &kpi)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("tickets"), QT_TR_NOOP("Tickets opened")},
        {QStringLiteral("minutes_to_dispatch_median"), QT_TR_NOOP("Call → dispatch, median")},
        {QStringLiteral("minutes_to_dispatch_p90"), QT_TR_NOOP("Call → dispatch, p90")},
        {QStringLiteral("minutes_to_contact_median"), QT_TR_NOOP("Dispatch → first contact, median")},
        {QStringLiteral("minutes_to_contact_p90"), QT_TR_NOOP("Dispatch → first contact, p90")},
        {QStringLiteral("avg_minutes_to_dispatch"), QT_TR_NOOP("Call → dispatch, average")},
        {QStringLiteral("avg_minutes_to_contact"), QT_TR_NOOP("Dispatch → first contact, average")},
        {QStringLiteral("on_time_arrival_rate"), QT_TR_NOOP("On-time arrival")},
        {QStringLiteral("sla_met_rate"), QT_TR_NOOP("On site within 3 hours")},
        {QStringLiteral("first_time_fix_rate"), QT_TR_NOOP("First-time fix")},
        {QStringLiteral("repeat_repair_rate"), QT_TR_NOOP("Repeat repairs (30 days)")},
        {QStringLiteral("not_home_rate"), QT_TR_NOOP("Customer not at home")},
        {QStringLiteral("callback_within_24h_rate"), QT_TR_NOOP("Callbacks within 24 h")},
        {QStringLiteral("callback_reach_rate"), QT_TR_NOOP("Callbacks reached")},
        {QStringLiteral("satisfaction_rate"), QT_TR_NOOP("Satisfied (满意) of reached")},
        {QStringLiteral("complaints_per_100"), QT_TR_NOOP("Complaints per 100 tickets")},
        {QStringLiteral("charges_collected_fen"), QT_TR_NOOP("Charges collected")},
        {QStringLiteral("open_charges_fen"), QT_TR_NOOP("Charges still open")}};
    const auto it = labels.constFind(kpi);
    return it == labels.constEnd() ? kpi : tr(*it);
}

QString SupervisorText::kpiValue(const QString &kpi, const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return tr("—");
    const double v = value.toDouble();
    if (KpiQueries::isRate(kpi))
        return tr("%1%").arg(v * 100.0, 0, 'f', 1);
    if (KpiQueries::isMinutes(kpi))
        return tr("%1 min").arg(v, 0, 'f', 1);
    if (KpiQueries::isMoney(kpi))
        return DisplayText::money(qint64(v));
    if (kpi == QLatin1String("complaints_per_100"))
        return QString::number(v, 'f', 2);
    return QString::number(qint64(v));
}

QString SupervisorText::kpiChange(const QString &kpi, const QJsonValue &current, const QJsonValue &previous)
{
    if (current.isNull() || previous.isNull() || current.isUndefined() || previous.isUndefined())
        return QString();
    const double d = current.toDouble() - previous.toDouble();
    const QString sign = d > 0 ? QStringLiteral("+") : d < 0 ? QStringLiteral("−") : QString();
    const double a = std::abs(d);
    if (KpiQueries::isRate(kpi))
        return tr("%1%2 pts").arg(sign).arg(a * 100.0, 0, 'f', 1);
    if (KpiQueries::isMinutes(kpi))
        return tr("%1%2 min").arg(sign).arg(a, 0, 'f', 1);
    if (KpiQueries::isMoney(kpi))
        return sign + DisplayText::money(qint64(a));
    if (kpi == QLatin1String("complaints_per_100"))
        return sign + QString::number(a, 'f', 2);
    return sign + QString::number(qint64(a));
}

bool SupervisorText::higherIsBetter(const QString &kpi)
{
    return !(KpiQueries::isMinutes(kpi) || kpi == QLatin1String("repeat_repair_rate") ||
             kpi == QLatin1String("not_home_rate") || kpi == QLatin1String("complaints_per_100") ||
             kpi == QLatin1String("open_charges_fen"));
}

QString SupervisorText::severity(const QString &s)
{
    return Labels::value(QStringLiteral("severity"), s.isEmpty() ? QStringLiteral("normal") : s);
}

QString SupervisorText::complaintState(const QString &s)
{
    if (s == QLatin1String("open"))
        return tr("Registered");
    if (s == QLatin1String("in_progress"))
        return tr("Being handled");
    if (s == QLatin1String("resolved"))
        return tr("Resolved, awaiting the customer");
    if (s == QLatin1String("closed"))
        return tr("Closed, customer confirmed");
    return s;
}

QString SupervisorText::callbackEvent(const QString &kind)
{
    if (kind == QLatin1String("callback"))
        return tr("Callback made");
    if (kind == QLatin1String("callback_not_reached"))
        return tr("Not reached");
    if (kind == QLatin1String("callback_unreachable"))
        return tr("Unreachable after the last try");
    if (kind == QLatin1String("reopened"))
        return tr("Ticket reopened");
    if (kind == QLatin1String("complaint_opened"))
        return tr("Complaint opened");
    return kind;
}

QString SupervisorText::dimension(int d)
{
    switch (d) {
    case KpiQueries::Technician:
        return tr("Technician");
    case KpiQueries::Outlet:
        return tr("Outlet");
    case KpiQueries::Category:
        return tr("Product category");
    case KpiQueries::Model:
        return tr("Model");
    case KpiQueries::Day:
        return tr("Day");
    case KpiQueries::Week:
        return tr("Week");
    default:
        return tr("Whole centre");
    }
}

QString SupervisorText::taskKind(const QString &kind)
{
    const QString label = Labels::value(QStringLiteral("kind"), kind);
    return label == kind ? tr("Manager's task") : label;
}
