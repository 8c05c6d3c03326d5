#pragma once

#include <QCoreApplication>
#include <QString>

// How the desk's values read on screen: priorities, kinds, flags, money and time left, translated.
class DisplayText
{
    Q_DECLARE_TR_FUNCTIONS(DisplayText)
public:
    static QString priority(const QString &priority);
    static QString kind(const QString &kind);
    static QString flag(const QString &flag);
    static QString flags(const QString &spaceSeparated);
    static QString deadline(const QString &kind);
    // An alert's kind (sla_breached, sla_at_risk, contact_overdue, unreachable, late_arrival, callback_overdue)
    static QString alert(const QString &kind);
    static QString money(qint64 fen);
    // A ticket's warranty as decided at intake or completion (in, out, unknown, contract)
    static QString warranty(const QString &status);
    // "1 h 05 min", "12 min", "overdue 7 min"
    static QString timeLeft(qint64 ms);
    static QString dateTime(qint64 ms, int utcOffsetMinutes);
    // With the year, for paper that is kept ("2026-12-03 10:28")
    static QString fullDateTime(qint64 ms, int utcOffsetMinutes);
};
