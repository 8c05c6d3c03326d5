#pragma once

#include <QCoreApplication>
#include <QString>

// The words a desk reads for the names the core works with: command fields, commands (as actions) and timeline
// events. One place, used by the core's refusals and by every window, so that no field key, command name or event
// kind reaches a user (SPEC §1b). The machine-readable names stay in the results for the CLI and the server.
class Labels
{
    Q_DECLARE_TR_FUNCTIONS(Labels)
public:
    // "customer.phones[1]" → "Customer · Phone 2"; an unknown name is returned as it is (a test walks every
    // refusal the core gives and fails on one)
    static QString field(const QString &path);
    // "ticket.dispatch" → "dispatch a ticket"
    static QString command(const QString &name);
    // A timeline event kind ("opened", "schedule_override") → "Ticket opened", "Schedule conflict overridden"
    static QString event(const QString &kind);
    // A value that is itself a key, in words: the cause of a fault ("wear"), an apology's answer ("pending"), a
    // manager's task ("apology_refused"), a complaint's severity, a loaner's state; anything else as it is
    static QString value(const QString &field, const QString &value);
    // Whether a label exists (tests)
    static bool knowsField(const QString &key);
    static bool knowsCommand(const QString &name);
    static bool knowsEvent(const QString &kind);
};
