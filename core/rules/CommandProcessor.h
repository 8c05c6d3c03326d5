#pragma once

#include "domain/Command.h"
#include "domain/Ids.h"
#include "rules/RuleSettings.h"
#include "storage/Store.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <optional>
#include <utility>

class CommandArgs;
class Database;
class Warranty;

// The outcome of one command: accepted (with the id it created or changed and anything worth telling the
// user), or rejected with the field and the reason. A rejected command has changed nothing.
struct CommandResult
{
    bool ok = false;
    CommandError error;
    QString id;
    QJsonObject info;
    Changes changes; // the records the command wrote (empty when rejected)
    // Not a refusal but a fault: the store failed (a broken constraint is a bug; a full disk is not the user's
    // doing). Nothing was changed; callers that replay history stop on it instead of counting it as a rule.
    bool internal = false;
};

// Applies commands (SPEC §6) through the rules of SPEC §2.2, each in one transaction with its audit rows and
// an outbox row for sync. Rules take time from the command's `at`, never from the wall clock.
class CommandProcessor
{
    Q_DECLARE_TR_FUNCTIONS(CommandProcessor)
public:
    explicit CommandProcessor(Database &database);

    // Where a command comes from, for sync: the device and its mutation counter. The records a command creates get
    // ids derived from it, so a server re-applying the command creates the same ones. Every apply has its own
    // origin by construction: a command of this desk's takes the next outbox number (and its outbox row holds
    // that number), a command from elsewhere (pulled, re-applied on the server, generated history) brings the
    // origin it was given there and writes no outbox row.
    struct Origin
    {
        QString deviceId;
        qint64 mutationId = 0;
    };

    // This desk's own command: its device id and the next outbox mutation id; the command is queued for the server.
    CommandResult apply(const Command &command);
    // A command whose origin is known (a non-empty device id): applied without an outbox row.
    CommandResult apply(const Command &command, const Origin &origin);
    CommandResult applyJson(const QJsonObject &object);

    static QStringList commandNames();
    Store &store() { return m_store; }
    RuleSettings settings();

private:
    struct Context
    {
        const Command &cmd;
        CommandResult &result;
        RuleSettings settings;
        qint64 at;
        QJsonObject outbox; // the command as it goes to the server: with the ids and numbers it was given here
        QByteArray idOrigin;
        int idCount = 0;
        QString newId() { return Ids::derived(at, idOrigin, idCount++); }
    };
    using Handler = void (CommandProcessor::*)(Context &);
    static const QHash<QString, Handler> &handlers();

    // setup
    void settingSet(Context &c);
    void zoneUpsert(Context &c);
    void technicianUpsert(Context &c);
    void categoryUpsert(Context &c);
    void partUpsert(Context &c);
    void feeUpsert(Context &c);
    void userUpsert(Context &c);
    // customers and products
    void customerUpsert(Context &c);
    void productRegister(Context &c);
    QString upsertCustomer(Context &c, const QJsonObject &o, const QString &prefix);
    QString registerProduct(Context &c, const QJsonObject &o, const QString &prefix, const QString &customerId);
    // tickets
    void ticketOpen(Context &c);
    void registerIntakeComplaint(Context &c, const CommandArgs &args, const QString &ticketId, const QString &words,
                                 QJsonObject &opened);
    void ticketNote(Context &c);
    void ticketVerify(Context &c);
    void ticketGuideByPhone(Context &c);
    void ticketDispatch(Context &c);
    void ticketContactAttempt(Context &c);
    void ticketReschedule(Context &c);
    void ticketReassign(Context &c);
    void ticketDepart(Context &c);
    void ticketArrive(Context &c);
    void ticketAwaitParts(Context &c);
    void ticketPullBack(Context &c);
    void ticketRequestSupport(Context &c);
    void ticketComplete(Context &c);
    void ticketPayment(Context &c);
    void ticketCancel(Context &c);
    // the seeds' field procedures (FieldProcedures.cpp)
    void ticketApology(Context &c);
    void ticketNotHome(Context &c);
    void ticketPartsArrived(Context &c);
    void taskDone(Context &c);
    void loanerUpsert(Context &c);
    void loanerReturn(Context &c);
    // callbacks and complaints
    void callbackRecord(Context &c);
    void complaintOpen(Context &c);
    void complaintStep(Context &c);
    void complaintResolve(Context &c);

    // helpers
    Record loadTicket(Context &c, const QString &field = QStringLiteral("ticket"));
    void requireState(Context &c, const Record &ticket);
    void saveTicket(Context &c, const Record &before, Record after);
    void saveRecord(Context &c, Store::Table table, const QString &entity, const QString &key, const Record &fields);
    Record requireTechnician(Context &c, const QString &field);
    void checkSchedule(Context &c, const QString &technicianId, const Record &ticket, qint64 start, qint64 end,
                       const QString &field);
    void createVisit(Context &c, Record &ticket, const QString &technicianId, std::optional<qint64> start,
                     std::optional<qint64> end, const QString &overrideReason);
    void reopenTicket(Context &c, Record &ticket, const QString &why);
    // The agreed time of a visit (appointment_start, appointment_end; the end defaults to the usual length), if any
    std::pair<std::optional<qint64>, std::optional<qint64>> appointmentWindow(Context &c, const CommandArgs &args);
    // R8/R9: the ticket goes (back) to a technician: deadlines, the visit, the contact clock
    void sendTo(Context &c, Record &after, const Record &technician, std::optional<qint64> start,
                std::optional<qint64> end);
    // R21: a manager's task (apology_refused, refused_entry, serious_complaint) with an owner and a due time
    QString createTask(Context &c, const QString &kind, const QString &ticketId, const QString &complaintId,
                       const QString &owner, const QString &note);
    QString createCallback(Context &c, const QString &ticketId, const QString &kind, qint64 due);
    // R16: `source` intake or callback; `words` the customer's own words
    QString openComplaint(Context &c, const QString &ticketId, const QString &technicianId, const QString &severity,
                          const QString &reason, const QString &owner, qint64 deadline, const QString &id,
                          const QString &source, const QString &words);
    Warranty warrantyFor(const Record &product, const Record &customer);
    void event(Context &c, const QString &ticketId, const QString &kind, const QJsonObject &data = {});
    QString localTime(const Context &c, qint64 ms, const QString &format = QStringLiteral("HH:mm")) const;
    qint64 minutes(int m) const { return qint64(m) * 60000; }

    CommandResult run(const Command &command, const Origin *given);

    Store m_store;
};
