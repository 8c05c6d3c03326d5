#include "Permissions.h"

#include "Labels.h"

#include <QHash>
#include <QStringList>

namespace {
int level(const QString &role)
{
    static const QStringList roles = {QStringLiteral("clerk"), QStringLiteral("dispatcher"),
                                      QStringLiteral("supervisor"), QStringLiteral("admin")};
    return int(roles.indexOf(role));
}
} // namespace

QString Permissions::minimumRole(const QString &command)
{
    static const QHash<QString, QString> table = {
        {QStringLiteral("setting.set"), QStringLiteral("admin")},
        {QStringLiteral("zone.upsert"), QStringLiteral("admin")},
        {QStringLiteral("technician.upsert"), QStringLiteral("admin")},
        {QStringLiteral("category.upsert"), QStringLiteral("admin")},
        {QStringLiteral("part.upsert"), QStringLiteral("admin")},
        {QStringLiteral("fee.upsert"), QStringLiteral("admin")},
        {QStringLiteral("user.upsert"), QStringLiteral("admin")},
        // R15: the dispatcher (售后内勤) phones customers back, and so may the supervisor
        {QStringLiteral("callback.record"), QStringLiteral("dispatcher")},
        {QStringLiteral("task.done"), QStringLiteral("supervisor")},
        {QStringLiteral("ticket.apology"), QStringLiteral("dispatcher")},
        {QStringLiteral("ticket.not_home"), QStringLiteral("dispatcher")},
        {QStringLiteral("ticket.parts_arrived"), QStringLiteral("dispatcher")},
        {QStringLiteral("loaner.upsert"), QStringLiteral("dispatcher")},
        {QStringLiteral("loaner.return"), QStringLiteral("dispatcher")},
        {QStringLiteral("complaint.resolve"), QStringLiteral("supervisor")},
        {QStringLiteral("ticket.dispatch"), QStringLiteral("dispatcher")},
        {QStringLiteral("ticket.contact_attempt"), QStringLiteral("dispatcher")},
        {QStringLiteral("ticket.reschedule"), QStringLiteral("dispatcher")},
        {QStringLiteral("ticket.reassign"), QStringLiteral("dispatcher")},
        {QStringLiteral("ticket.depart"), QStringLiteral("dispatcher")},
        {QStringLiteral("ticket.arrive"), QStringLiteral("dispatcher")},
        {QStringLiteral("ticket.await_parts"), QStringLiteral("dispatcher")},
        {QStringLiteral("ticket.pull_back"), QStringLiteral("dispatcher")},
        {QStringLiteral("ticket.request_support"), QStringLiteral("dispatcher")},
        {QStringLiteral("ticket.complete"), QStringLiteral("dispatcher")},
        {QStringLiteral("ticket.payment"), QStringLiteral("dispatcher")},
        {QStringLiteral("complaint.step"), QStringLiteral("dispatcher")},
    };
    return table.value(command, QStringLiteral("clerk"));
}

bool Permissions::allows(const QString &role, const QString &command)
{
    const int have = level(role);
    return have >= 0 && have >= level(minimumRole(command));
}

QString Permissions::roleLabel(const QString &role)
{
    if (role == QLatin1String("admin"))
        return tr("an administrator");
    if (role == QLatin1String("supervisor"))
        return tr("a supervisor");
    if (role == QLatin1String("dispatcher"))
        return tr("a dispatcher");
    return tr("a clerk");
}

QString Permissions::refusal(const QString &userName, const QString &role, const QString &command)
{
    return tr("%1 is %2 and may not give %3; that needs %4 or above.")
        .arg(userName, roleLabel(role), Labels::command(command), roleLabel(minimumRole(command)));
}
