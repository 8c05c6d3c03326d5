#pragma once

#include <QDateTime>
#include <QMap>
#include <QStringList>
#include <functional>

class CommandProcessor;

// A big centre's history for benchmarks: a provincial service centre (12 districts, 90 technicians) that has
// logged `tickets` calls over the three years before `until`, about 0.3 customers per ticket, built through the
// same commands a desk issues (intake creates the customers and their appliances; every ticket then goes through
// guidance, dispatch, contact, visit, completion, payment, callback, reopening, complaints or cancellation as its
// story says). Commands are applied in batches (a savepoint each inside one transaction per batch). Tickets opened
// in the last days are still open on the board; a few older ones are stuck (awaiting parts, unreachable). The
// same seed and `until` give the same centre, ids included.
class Generator
{
public:
    struct Options
    {
        qint64 tickets = 10000;
        qint64 customers = -1; // -1: 0.3 per ticket
        quint32 seed = 1;
        QDateTime until = QDateTime::fromString(QStringLiteral("2026-11-20T18:00:00+08:00"), Qt::ISODate);
        qint64 open = 0; // the last `open` tickets are left open in the state their first hours reached
        int batchTickets = 500;
        // Called after every batch: tickets opened so far, commands applied so far.
        std::function<void(qint64 tickets, qint64 commands)> progress;
    };

    struct Outcome
    {
        qint64 tickets = 0;
        qint64 customers = 0;
        qint64 commands = 0;
        qint64 rejected = 0;
        qint64 retried = 0; // refused as a desk would refuse them (a taken appointment slot, R10), then retried
        // Rejections by the command and the field the rule named ("ticket.dispatch technician"): a story that a
        // rule refuses, not a fault
        QMap<QString, qint64> rejectedBy;
        QStringList firstErrors;
    };

    // The device the generated history comes from: every command gets the origin (this device, its number in the
    // run), so the records it creates have ids that no other command's can repeat, and no outbox row (the history
    // counts as synced).
    static QString deviceId(quint32 seed);

    // Throws StorageError, naming the command, when the store fails on a command (a broken constraint is a bug in
    // the generator or the rules, never a rejection): the centre would otherwise have holes in its story.
    static Outcome run(CommandProcessor &processor, const Options &options);
};
