#pragma once

#include <QString>
#include <QStringList>
#include <QVariantMap>

// A ticket's flags (needs_verification, repeat, reminder, late, manager_followup, unreachable, loaner_out,
// unpaid, reopened, …) stored as one space-separated, sorted text column.
namespace TicketFlags {
inline QStringList parse(const QString &text)
{
    return text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

inline QString join(QStringList flags)
{
    flags.removeDuplicates();
    flags.sort();
    const QString text = flags.join(QLatin1Char(' '));
    return text.isNull() ? QStringLiteral("") : text; // never NULL: the column is NOT NULL
}

inline bool has(const QVariantMap &ticket, const QString &flag)
{
    return parse(ticket.value(QStringLiteral("flags")).toString()).contains(flag);
}

inline void set(QVariantMap &ticket, const QString &flag, bool on = true)
{
    QStringList f = parse(ticket.value(QStringLiteral("flags")).toString());
    if (on)
        f << flag;
    else
        f.removeAll(flag);
    ticket.insert(QStringLiteral("flags"), join(f));
}
} // namespace TicketFlags
