#include "TicketStates.h"

#include "Labels.h"

#include <QHash>

const QStringList &TicketStates::all()
{
    static const QStringList states = {QStringLiteral("new"),         QStringLiteral("guided_by_phone"),
                                       QStringLiteral("dispatched"),  QStringLiteral("contacted"),
                                       QStringLiteral("en_route"),    QStringLiteral("on_site"),
                                       QStringLiteral("completed"),   QStringLiteral("closed"),
                                       QStringLiteral("pulled_back"), QStringLiteral("awaiting_parts"),
                                       QStringLiteral("unreachable"), QStringLiteral("cancelled")};
    return states;
}

bool TicketStates::isOpen(const QString &state)
{
    return state != QLatin1String("closed") && state != QLatin1String("cancelled");
}

bool TicketStates::isActiveVisit(const QString &state)
{
    return state == QLatin1String("dispatched") || state == QLatin1String("contacted") ||
           state == QLatin1String("en_route");
}

QStringList TicketStates::allowedFrom(const QString &command)
{
    static const QHash<QString, QStringList> table = {
        {QStringLiteral("ticket.guide_by_phone"), {QStringLiteral("new")}},
        {QStringLiteral("ticket.dispatch"),
         {QStringLiteral("new"), QStringLiteral("guided_by_phone"), QStringLiteral("unreachable"),
          QStringLiteral("awaiting_parts")}},
        {QStringLiteral("ticket.contact_attempt"), {QStringLiteral("dispatched"), QStringLiteral("contacted")}},
        // From pulled_back: the visit that brings the repaired unit home (and takes the loaner back)
        {QStringLiteral("ticket.reschedule"),
         {QStringLiteral("dispatched"), QStringLiteral("contacted"), QStringLiteral("en_route"),
          QStringLiteral("on_site"), QStringLiteral("unreachable"), QStringLiteral("pulled_back")}},
        {QStringLiteral("ticket.reassign"),
         {QStringLiteral("dispatched"), QStringLiteral("contacted"), QStringLiteral("en_route"),
          QStringLiteral("on_site"), QStringLiteral("unreachable")}},
        {QStringLiteral("ticket.depart"), {QStringLiteral("dispatched"), QStringLiteral("contacted")}},
        {QStringLiteral("ticket.arrive"),
         {QStringLiteral("dispatched"), QStringLiteral("contacted"), QStringLiteral("en_route"),
          QStringLiteral("pulled_back")}},
        {QStringLiteral("ticket.await_parts"), {QStringLiteral("on_site")}},
        {QStringLiteral("ticket.parts_arrived"), {QStringLiteral("awaiting_parts")}},
        {QStringLiteral("ticket.not_home"),
         {QStringLiteral("dispatched"), QStringLiteral("contacted"), QStringLiteral("en_route")}},
        {QStringLiteral("ticket.pull_back"), {QStringLiteral("on_site")}},
        {QStringLiteral("ticket.request_support"), {QStringLiteral("on_site")}},
        {QStringLiteral("ticket.complete"), {QStringLiteral("on_site"), QStringLiteral("pulled_back")}},
        {QStringLiteral("ticket.cancel"),
         {QStringLiteral("new"), QStringLiteral("guided_by_phone"), QStringLiteral("dispatched"),
          QStringLiteral("contacted"), QStringLiteral("en_route"), QStringLiteral("unreachable"),
          QStringLiteral("awaiting_parts")}},
    };
    return table.value(command);
}

QString TicketStates::label(const QString &state)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("new"), QT_TR_NOOP("new")},
        {QStringLiteral("guided_by_phone"), QT_TR_NOOP("guided by phone")},
        {QStringLiteral("dispatched"), QT_TR_NOOP("dispatched")},
        {QStringLiteral("contacted"), QT_TR_NOOP("customer contacted")},
        {QStringLiteral("en_route"), QT_TR_NOOP("technician en route")},
        {QStringLiteral("on_site"), QT_TR_NOOP("technician on site")},
        {QStringLiteral("completed"), QT_TR_NOOP("completed")},
        {QStringLiteral("closed"), QT_TR_NOOP("closed")},
        {QStringLiteral("pulled_back"), QT_TR_NOOP("pulled back to workshop")},
        {QStringLiteral("awaiting_parts"), QT_TR_NOOP("awaiting parts")},
        {QStringLiteral("unreachable"), QT_TR_NOOP("customer unreachable")},
        {QStringLiteral("cancelled"), QT_TR_NOOP("cancelled")},
    };
    const auto it = labels.constFind(state);
    return it == labels.constEnd() ? state : tr(*it);
}

QString TicketStates::illegalMessage(const QString &command, const QString &state)
{
    QStringList from;
    for (const QString &s : allowedFrom(command))
        from << label(s);
    return tr("Not possible while the ticket is %1: to %2 the ticket must be %3.")
        .arg(label(state), Labels::command(command), from.join(tr(", ")));
}
