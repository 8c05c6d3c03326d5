#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The ticket's states (SPEC §2.1) and which command may move a ticket out of which state.
class TicketStates
{
    Q_DECLARE_TR_FUNCTIONS(TicketStates)
public:
    static const QStringList &all();
    static bool isOpen(const QString &state);        // anything not closed or cancelled
    static bool isActiveVisit(const QString &state); // a technician is on the way or working
    // The states a command may start from; empty for commands that do not move a ticket.
    static QStringList allowedFrom(const QString &command);
    // A clerk's name for a state, translated.
    static QString label(const QString &state);
    // The message for a command that may not run in `state`.
    static QString illegalMessage(const QString &command, const QString &state);
};
