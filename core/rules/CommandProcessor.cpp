#include "CommandProcessor.h"

#include "domain/Ids.h"
#include "domain/TicketFlags.h"
#include "rules/CommandArgs.h"
#include "rules/Permissions.h"
#include "rules/PhoneNumbers.h"
#include "rules/Rejection.h"
#include "rules/ServiceContract.h"
#include "rules/TicketStates.h"
#include "rules/Warranty.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QJsonDocument>
#include <QRegularExpression>

CommandProcessor::CommandProcessor(Database &database) : m_store(database.connection()) {}

RuleSettings CommandProcessor::settings()
{
    return RuleSettings::fromValues(m_store.settings());
}

const QHash<QString, CommandProcessor::Handler> &CommandProcessor::handlers()
{
    static const QHash<QString, Handler> table = {
        {QStringLiteral("setting.set"), &CommandProcessor::settingSet},
        {QStringLiteral("zone.upsert"), &CommandProcessor::zoneUpsert},
        {QStringLiteral("technician.upsert"), &CommandProcessor::technicianUpsert},
        {QStringLiteral("category.upsert"), &CommandProcessor::categoryUpsert},
        {QStringLiteral("part.upsert"), &CommandProcessor::partUpsert},
        {QStringLiteral("fee.upsert"), &CommandProcessor::feeUpsert},
        {QStringLiteral("user.upsert"), &CommandProcessor::userUpsert},
        {QStringLiteral("customer.upsert"), &CommandProcessor::customerUpsert},
        {QStringLiteral("product.register"), &CommandProcessor::productRegister},
        {QStringLiteral("ticket.open"), &CommandProcessor::ticketOpen},
        {QStringLiteral("ticket.note"), &CommandProcessor::ticketNote},
        {QStringLiteral("ticket.verify"), &CommandProcessor::ticketVerify},
        {QStringLiteral("ticket.guide_by_phone"), &CommandProcessor::ticketGuideByPhone},
        {QStringLiteral("ticket.dispatch"), &CommandProcessor::ticketDispatch},
        {QStringLiteral("ticket.contact_attempt"), &CommandProcessor::ticketContactAttempt},
        {QStringLiteral("ticket.reschedule"), &CommandProcessor::ticketReschedule},
        {QStringLiteral("ticket.reassign"), &CommandProcessor::ticketReassign},
        {QStringLiteral("ticket.depart"), &CommandProcessor::ticketDepart},
        {QStringLiteral("ticket.arrive"), &CommandProcessor::ticketArrive},
        {QStringLiteral("ticket.await_parts"), &CommandProcessor::ticketAwaitParts},
        {QStringLiteral("ticket.pull_back"), &CommandProcessor::ticketPullBack},
        {QStringLiteral("ticket.request_support"), &CommandProcessor::ticketRequestSupport},
        {QStringLiteral("ticket.complete"), &CommandProcessor::ticketComplete},
        {QStringLiteral("ticket.payment"), &CommandProcessor::ticketPayment},
        {QStringLiteral("ticket.cancel"), &CommandProcessor::ticketCancel},
        {QStringLiteral("callback.record"), &CommandProcessor::callbackRecord},
        {QStringLiteral("complaint.open"), &CommandProcessor::complaintOpen},
        {QStringLiteral("complaint.step"), &CommandProcessor::complaintStep},
        {QStringLiteral("complaint.resolve"), &CommandProcessor::complaintResolve},
        {QStringLiteral("ticket.apology"), &CommandProcessor::ticketApology},
        {QStringLiteral("ticket.not_home"), &CommandProcessor::ticketNotHome},
        {QStringLiteral("ticket.parts_arrived"), &CommandProcessor::ticketPartsArrived},
        {QStringLiteral("task.done"), &CommandProcessor::taskDone},
        {QStringLiteral("loaner.upsert"), &CommandProcessor::loanerUpsert},
        {QStringLiteral("loaner.return"), &CommandProcessor::loanerReturn},
    };
    return table;
}

QStringList CommandProcessor::commandNames()
{
    QStringList names = handlers().keys();
    names.sort();
    return names;
}

CommandResult CommandProcessor::applyJson(const QJsonObject &object)
{
    Command cmd;
    CommandResult result;
    if (!Command::fromJson(object, &cmd, &result.error))
        return result;
    return apply(cmd);
}

CommandResult CommandProcessor::apply(const Command &command)
{
    return run(command, nullptr);
}

CommandResult CommandProcessor::apply(const Command &command, const Origin &origin)
{
    if (origin.deviceId.isEmpty() || origin.mutationId < 1) {
        CommandResult result;
        result.internal = true;
        result.error = {
            QStringLiteral("origin"),
            tr("%1 was given no origin: a command from elsewhere needs its device and number.").arg(command.name())};
        return result;
    }
    return run(command, &origin);
}

CommandResult CommandProcessor::run(const Command &command, const Origin *given)
{
    CommandResult result;
    const auto handler = handlers().value(command.name());
    if (!handler) {
        result.error = {QStringLiteral("command"), tr("There is no command called \"%1\".").arg(command.name())};
        return result;
    }
    try {
        m_store.begin();
    } catch (const StorageError &e) {
        result.internal = true;
        result.error = {QString(), tr("The database is not available: %1").arg(e.message())};
        return result;
    }
    try {
        // Roles are checked for every known user (an unknown name is a desk without user management)
        if (const auto user = m_store.load(Store::Users, command.by())) {
            const QString name = user->value(QStringLiteral("name")).toString();
            if (!user->value(QStringLiteral("active")).toBool())
                throw Rejection(QStringLiteral("by"), tr("%1 is no longer an active user.").arg(name));
            const QString role = user->value(QStringLiteral("role")).toString();
            if (!Permissions::allows(role, command.name()))
                throw Rejection(QStringLiteral("by"), Permissions::refusal(name, role, command.name()));
        }
        Origin origin;
        if (given) {
            origin = *given;
        } else {
            origin.deviceId = m_store.deviceId();
            origin.mutationId = m_store.nextMutationId();
        }
        Context c{command,          result,
                  settings(),       command.atMs(),
                  command.toJson(), origin.deviceId.toUtf8() + ':' + QByteArray::number(origin.mutationId)};
        (this->*handler)(c);
        if (!given)
            m_store.appendOutbox(origin.mutationId, command.name(), c.outbox, origin.deviceId, command.atMs());
        m_store.commit();
        result.ok = true;
        result.changes = m_store.takeChanges();
    } catch (const Rejection &r) {
        m_store.rollback();
        result = CommandResult();
        result.error = r.error();
    } catch (const StorageError &e) {
        m_store.rollback();
        result = CommandResult();
        result.internal = true;
        result.error = {QString(), tr("The change could not be saved: %1. Nothing was changed.").arg(e.message())};
    }
    return result;
}

// ---------------------------------------------------------------------------------------------------------------
// Helpers

QString CommandProcessor::localTime(const Context &c, qint64 ms, const QString &format) const
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::OffsetFromUTC, c.settings.utcOffsetMinutes * 60).toString(format);
}

void CommandProcessor::event(Context &c, const QString &ticketId, const QString &kind, const QJsonObject &data)
{
    m_store.addEvent(ticketId, c.at, c.cmd.by(), kind, data);
}

void CommandProcessor::saveRecord(Context &c, Store::Table table, const QString &entity, const QString &key,
                                  const Record &fields)
{
    const std::optional<Record> before = m_store.load(table, key);
    if (!before) {
        Record row = fields;
        row.insert(Store::keyColumn(table), key);
        m_store.insert(table, row);
        m_store.addAudit(c.at, c.cmd.by(), c.cmd.name(), entity, key, QStringLiteral("*"), QVariant(),
                         QStringLiteral("created"));
        return;
    }
    Record changes;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        const QVariant old = before->value(it.key());
        if (old.isNull() != it.value().isNull() || old.toString() != it.value().toString()) {
            changes.insert(it.key(), it.value());
            m_store.addAudit(c.at, c.cmd.by(), c.cmd.name(), entity, key, it.key(), old, it.value());
        }
    }
    m_store.update(table, key, changes);
}

Record CommandProcessor::loadTicket(Context &c, const QString &field)
{
    CommandArgs args(c.cmd.args());
    const QString id = args.requiredString(field);
    const std::optional<Record> t = m_store.load(Store::Tickets, id);
    if (!t)
        args.reject(field, tr("There is no ticket %1.").arg(id));
    c.result.id = id;
    c.result.info.insert(QStringLiteral("number"), t->value(QStringLiteral("number")).toString());
    return *t;
}

void CommandProcessor::requireState(Context &c, const Record &ticket)
{
    const QString state = ticket.value(QStringLiteral("state")).toString();
    if (!TicketStates::allowedFrom(c.cmd.name()).contains(state))
        throw Rejection(QStringLiteral("ticket"), TicketStates::illegalMessage(c.cmd.name(), state));
}

void CommandProcessor::saveTicket(Context &c, const Record &before, Record after)
{
    const QString id = before.value(QStringLiteral("id")).toString();
    after.insert(QStringLiteral("version"), before.value(QStringLiteral("version")).toLongLong() + 1);
    after.insert(QStringLiteral("updated_at"), c.at);
    Record changes;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const QVariant old = before.value(it.key());
        if (old.isNull() != it.value().isNull() || old.toString() != it.value().toString()) {
            changes.insert(it.key(), it.value());
            if (it.key() != QLatin1String("version") && it.key() != QLatin1String("updated_at"))
                m_store.addAudit(c.at, c.cmd.by(), c.cmd.name(), QStringLiteral("ticket"), id, it.key(), old,
                                 it.value());
        }
    }
    m_store.update(Store::Tickets, id, changes);
}

Record CommandProcessor::requireTechnician(Context &c, const QString &field)
{
    CommandArgs args(c.cmd.args());
    const QString id = args.requiredString(field);
    const std::optional<Record> t = m_store.load(Store::Technicians, id);
    if (!t)
        args.reject(field, tr("There is no technician %1.").arg(id));
    if (!t->value(QStringLiteral("active")).toBool())
        args.reject(field, tr("Technician %1 is no longer active.").arg(t->value(QStringLiteral("name")).toString()));
    return *t;
}

Warranty CommandProcessor::warrantyFor(const Record &product, const Record &customer)
{
    return Warranty::forProduct(m_store, product, customer);
}

// ---------------------------------------------------------------------------------------------------------------
// Setting up a centre

void CommandProcessor::settingSet(Context &c)
{
    CommandArgs args(c.cmd.args());
    const QString key = args.requiredString(QStringLiteral("key"));
    const QJsonValue raw = c.cmd.args().value(QLatin1String("value"));
    QString value;
    if (raw.isDouble())
        value = QString::number(raw.toDouble(), 'g', 15);
    else if (raw.isString())
        value = raw.toString().trimmed();
    else
        args.reject(QStringLiteral("value"), tr("value is required (a number or text)."));
    const QString problem = RuleSettings::validate(key, value);
    if (!problem.isEmpty())
        args.reject(RuleSettings::knownKeys().contains(key) ? QStringLiteral("value") : QStringLiteral("key"), problem);
    const QString old = m_store.settings().value(key);
    m_store.putSetting(key, value);
    m_store.addAudit(c.at, c.cmd.by(), c.cmd.name(), QStringLiteral("setting"), key, QStringLiteral("value"),
                     old.isEmpty() ? QVariant() : QVariant(old), value);
    c.result.id = key;
}

void CommandProcessor::zoneUpsert(Context &c)
{
    CommandArgs args(c.cmd.args());
    const QString id = args.requiredString(QStringLiteral("id"));
    const QString name = args.requiredString(QStringLiteral("name"));
    const QJsonValue travel = c.cmd.args().value(QLatin1String("travel_minutes"));
    if (!travel.isUndefined() && !travel.isNull() && !travel.isObject())
        args.reject(QStringLiteral("travel_minutes"),
                    tr("The travel minutes must give, for each zone, the minutes it takes."));
    QList<QPair<QString, int>> times;
    const QJsonObject t = travel.toObject();
    for (auto it = t.begin(); it != t.end(); ++it) {
        const double m = it.value().toDouble(-1);
        if (!it.value().isDouble() || m < 0 || m > 24 * 60 || m != double(int(m)))
            args.reject(QStringLiteral("travel_minutes"),
                        tr("The travel time to zone %1 must be whole minutes from 0 to 1440.").arg(it.key()));
        if (it.key() != id && !m_store.load(Store::Zones, it.key()))
            args.reject(QStringLiteral("travel_minutes"), tr("There is no zone %1.").arg(it.key()));
        times << qMakePair(it.key(), int(m));
    }
    saveRecord(c, Store::Zones, QStringLiteral("zone"), id, {{QStringLiteral("name"), name}});
    for (const auto &p : times)
        m_store.setTravel(id, p.first, p.second);
    c.result.id = id;
}

void CommandProcessor::technicianUpsert(Context &c)
{
    CommandArgs args(c.cmd.args());
    const QString id = args.requiredString(QStringLiteral("id"));
    const QString name = args.requiredString(QStringLiteral("name"));
    QString phone = args.optionalString(QStringLiteral("phone"));
    if (!phone.isEmpty()) {
        QString problem;
        phone = PhoneNumbers::normalize(phone, &problem);
        if (phone.isEmpty())
            args.reject(QStringLiteral("phone"), problem);
    }
    const QStringList skills = args.stringList(QStringLiteral("skills"));
    for (const QString &s : skills)
        if (!m_store.load(Store::Categories, s))
            args.reject(QStringLiteral("skills"), tr("There is no product category %1.").arg(s));
    const QStringList zones = args.stringList(QStringLiteral("zones"));
    for (const QString &z : zones)
        if (!m_store.load(Store::Zones, z))
            args.reject(QStringLiteral("zones"), tr("There is no zone %1.").arg(z));
    static const QRegularExpression hhmm(QStringLiteral("^([01][0-9]|2[0-3]):[0-5][0-9]$"));
    const QString start = args.optionalString(QStringLiteral("shift_start"));
    const QString end = args.optionalString(QStringLiteral("shift_end"));
    if (!start.isEmpty() && !hhmm.match(start).hasMatch())
        args.reject(QStringLiteral("shift_start"), tr("The shift start must be a time like 08:30."));
    if (!end.isEmpty() && !hhmm.match(end).hasMatch())
        args.reject(QStringLiteral("shift_end"), tr("The shift end must be a time like 17:30."));
    const QString s = start.isEmpty() ? QStringLiteral("08:30") : start;
    const QString e = end.isEmpty() ? QStringLiteral("17:30") : end;
    if (e <= s)
        args.reject(QStringLiteral("shift_end"), tr("The shift must end after it starts."));
    const bool active = args.optionalBool(QStringLiteral("active")).value_or(true);
    saveRecord(c, Store::Technicians, QStringLiteral("technician"), id,
               {{QStringLiteral("name"), name},
                {QStringLiteral("phone"), phone.isEmpty() ? QVariant() : QVariant(phone)},
                {QStringLiteral("outlet"), args.optionalString(QStringLiteral("outlet"))},
                {QStringLiteral("shift_start"), s},
                {QStringLiteral("shift_end"), e},
                {QStringLiteral("skills"),
                 QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(skills)).toJson(QJsonDocument::Compact))},
                {QStringLiteral("zones"),
                 QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(zones)).toJson(QJsonDocument::Compact))},
                {QStringLiteral("active"), active ? 1 : 0}});
    c.result.id = id;
}

void CommandProcessor::categoryUpsert(Context &c)
{
    CommandArgs args(c.cmd.args());
    const QString id = args.requiredString(QStringLiteral("id"));
    const QString name = args.requiredString(QStringLiteral("name"));
    const qint64 months = args.requiredInteger(QStringLiteral("warranty_months"), 0, 240);
    const qint64 mainMonths =
        args.optionalInteger(QStringLiteral("main_part_warranty_months"), 0, 240).value_or(months);
    if (mainMonths < months)
        args.reject(QStringLiteral("main_part_warranty_months"),
                    tr("Main parts cannot have a shorter warranty (%1 months) than the whole unit (%2 months).")
                        .arg(mainMonths)
                        .arg(months));
    const QStringList mainParts = args.stringList(QStringLiteral("main_parts"));
    Record fields{
        {QStringLiteral("name"), name},
        {QStringLiteral("warranty_months"), months},
        {QStringLiteral("main_part_warranty_months"), mainMonths},
        {QStringLiteral("main_parts"),
         QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(mainParts)).toJson(QJsonDocument::Compact))}};
    // R22 [004 第一 全程管家]: how often the appliance needs maintenance (purifier filters); 0: never
    if (const auto every = args.optionalInteger(QStringLiteral("maintenance_months"), 0, 120))
        fields.insert(QStringLiteral("maintenance_months"), *every);
    saveRecord(c, Store::Categories, QStringLiteral("category"), id, fields);
    c.result.id = id;
}

void CommandProcessor::partUpsert(Context &c)
{
    CommandArgs args(c.cmd.args());
    const QString sku = args.requiredString(QStringLiteral("sku"));
    saveRecord(c, Store::Parts, QStringLiteral("part"), sku,
               {{QStringLiteral("name"), args.requiredString(QStringLiteral("name"))},
                {QStringLiteral("price_fen"), args.requiredInteger(QStringLiteral("price_fen"), 0, 100000000)}});
    c.result.id = sku;
}

void CommandProcessor::feeUpsert(Context &c)
{
    CommandArgs args(c.cmd.args());
    const QString code = args.requiredString(QStringLiteral("code"));
    const QString kind = args.oneOf(QStringLiteral("kind"),
                                    {QStringLiteral("visit"), QStringLiteral("labour"), QStringLiteral("software"),
                                     QStringLiteral("upgrade"), QStringLiteral("other")});
    saveRecord(c, Store::Fees, QStringLiteral("fee"), code,
               {{QStringLiteral("name"), args.requiredString(QStringLiteral("name"))},
                {QStringLiteral("kind"), kind},
                {QStringLiteral("amount_fen"), args.requiredInteger(QStringLiteral("amount_fen"), 0, 100000000)}});
    c.result.id = code;
}

void CommandProcessor::userUpsert(Context &c)
{
    CommandArgs args(c.cmd.args());
    const QString id = args.requiredString(QStringLiteral("id"));
    const QString role = args.oneOf(QStringLiteral("role"), {QStringLiteral("clerk"), QStringLiteral("dispatcher"),
                                                             QStringLiteral("supervisor"), QStringLiteral("admin")});
    saveRecord(c, Store::Users, QStringLiteral("user"), id,
               {{QStringLiteral("name"), args.requiredString(QStringLiteral("name"))},
                {QStringLiteral("role"), role},
                {QStringLiteral("outlet"), args.optionalString(QStringLiteral("outlet"))},
                {QStringLiteral("active"), args.optionalBool(QStringLiteral("active")).value_or(true) ? 1 : 0}});
    c.result.id = id;
}

// ---------------------------------------------------------------------------------------------------------------
// Customers and products

QString CommandProcessor::upsertCustomer(Context &c, const QJsonObject &o, const QString &prefix)
{
    CommandArgs args(o, prefix);
    QString id = args.optionalString(QStringLiteral("id"));
    const std::optional<Record> existing = id.isEmpty() ? std::nullopt : m_store.load(Store::Customers, id);
    // A known customer named by id alone ("customer": {"id": "C1"}) is used as it is.
    if (existing && o.size() == 1)
        return id;
    const QString name = args.requiredString(QStringLiteral("name"));
    const QJsonValue phonesValue = o.value(QLatin1String("phones")).isUndefined() ? o.value(QLatin1String("phone"))
                                                                                  : o.value(QLatin1String("phones"));
    QStringList rawPhones;
    if (phonesValue.isString())
        rawPhones << phonesValue.toString();
    else
        rawPhones = args.stringList(QStringLiteral("phones"));
    if (rawPhones.isEmpty())
        args.reject(QStringLiteral("phones"), tr("At least one phone number is required."));
    QStringList phones;
    for (int i = 0; i < rawPhones.size(); ++i) {
        QString problem;
        const QString p = PhoneNumbers::normalize(rawPhones.at(i), &problem);
        if (p.isEmpty())
            throw Rejection(args.field(QStringLiteral("phones[%1]").arg(i)), problem);
        phones << p;
    }
    phones.removeDuplicates();
    const QString address = args.requiredString(QStringLiteral("address"));
    const QString zone = args.optionalString(QStringLiteral("zone"));
    if (!zone.isEmpty() && !m_store.load(Store::Zones, zone))
        args.reject(QStringLiteral("zone"), tr("There is no zone %1.").arg(zone));
    // R5: the service contract is a record (number, validity, what it covers); an empty one removes it
    const std::optional<ServiceContract> contract =
        ServiceContract::fromCommand(o.value(QLatin1String("contract")), args);

    if (id.isEmpty()) {
        // The same caller again: a customer already known by one of these phones and the same name.
        for (const QString &p : phones) {
            for (const QString &candidate : m_store.customersByPhone(p)) {
                const auto rec = m_store.load(Store::Customers, candidate);
                if (rec && rec->value(QStringLiteral("name")).toString() == name) {
                    id = candidate;
                    break;
                }
            }
            if (!id.isEmpty())
                break;
        }
    }
    if (id.isEmpty())
        id = c.newId();
    const std::optional<Record> before = m_store.load(Store::Customers, id);
    Record fields{
        {QStringLiteral("name"), name}, {QStringLiteral("address"), address}, {QStringLiteral("updated_at"), c.at}};
    if (!zone.isEmpty() || !before)
        fields.insert(QStringLiteral("zone"), zone.isEmpty() ? QVariant() : QVariant(zone));
    if (contract || o.contains(QLatin1String("contract")))
        fields.insert(QStringLiteral("contract"), contract ? QVariant(contract->toStored()) : QVariant());
    if (!before)
        fields.insert(QStringLiteral("created_at"), c.at);
    saveRecord(c, Store::Customers, QStringLiteral("customer"), id, fields);
    QStringList all = before ? m_store.customerPhones(id) : QStringList();
    const QStringList oldPhones = all;
    for (const QString &p : phones)
        if (!all.contains(p))
            all << p;
    if (all != oldPhones) {
        m_store.setCustomerPhones(id, all);
        m_store.addAudit(c.at, c.cmd.by(), c.cmd.name(), QStringLiteral("customer"), id, QStringLiteral("phones"),
                         oldPhones.join(QLatin1Char(',')), all.join(QLatin1Char(',')));
    }
    return id;
}

QString CommandProcessor::registerProduct(Context &c, const QJsonObject &o, const QString &prefix,
                                          const QString &customerId)
{
    CommandArgs args(o, prefix);
    QString id = args.optionalString(QStringLiteral("id"));
    const std::optional<Record> existing = id.isEmpty() ? std::nullopt : m_store.load(Store::Products, id);
    if (existing && (o.size() == 1 || (o.size() == 2 && o.contains(QLatin1String("customer"))))) {
        if (!customerId.isEmpty() && existing->value(QStringLiteral("customer_id")).toString() != customerId)
            args.reject(QStringLiteral("id"), tr("Product %1 belongs to another customer.").arg(id));
        return id;
    }
    QString owner = customerId;
    if (owner.isEmpty()) {
        owner = args.requiredString(QStringLiteral("customer"));
        if (!m_store.load(Store::Customers, owner))
            args.reject(QStringLiteral("customer"), tr("There is no customer %1.").arg(owner));
    }
    if (existing && existing->value(QStringLiteral("customer_id")).toString() != owner)
        args.reject(QStringLiteral("id"), tr("Product %1 belongs to another customer.").arg(id));
    const QString category = args.requiredString(QStringLiteral("category"));
    if (!m_store.load(Store::Categories, category))
        args.reject(QStringLiteral("category"), tr("There is no product category %1.").arg(category));
    const QString model = args.optionalString(QStringLiteral("model"));
    const QString serial = args.optionalString(QStringLiteral("serial"));
    const std::optional<QDate> purchase = args.optionalDate(QStringLiteral("purchase_date"));
    if (purchase && *purchase > c.cmd.at().date())
        args.reject(QStringLiteral("purchase_date"),
                    tr("The purchase date %1 is in the future.").arg(purchase->toString(Qt::ISODate)));
    const QString installer = args.optionalString(QStringLiteral("installer"));
    if (!installer.isEmpty() && !m_store.load(Store::Technicians, installer))
        args.reject(QStringLiteral("installer"), tr("There is no technician %1.").arg(installer));
    if (id.isEmpty()) {
        if (const auto found = m_store.findProduct(owner, category, model, serial))
            id = *found;
        else
            id = c.newId();
    }
    const std::optional<Record> before = m_store.load(Store::Products, id);
    Record fields{{QStringLiteral("customer_id"), owner}, {QStringLiteral("category"), category}};
    auto setIfGiven = [&](const QString &key, const QString &column, const QVariant &value) {
        if (o.contains(key) || !before)
            fields.insert(column, value.toString().isEmpty() ? QVariant() : value);
    };
    setIfGiven(QStringLiteral("model"), QStringLiteral("model"), model);
    setIfGiven(QStringLiteral("serial"), QStringLiteral("serial"), serial);
    setIfGiven(QStringLiteral("brand"), QStringLiteral("brand"), args.optionalString(QStringLiteral("brand")));
    setIfGiven(QStringLiteral("purchase_date"), QStringLiteral("purchase_date"),
               purchase ? purchase->toString(Qt::ISODate) : QString());
    setIfGiven(QStringLiteral("dealer"), QStringLiteral("dealer"), args.optionalString(QStringLiteral("dealer")));
    setIfGiven(QStringLiteral("installer"), QStringLiteral("installer"), installer);
    if (!before)
        fields.insert(QStringLiteral("created_at"), c.at);
    saveRecord(c, Store::Products, QStringLiteral("product"), id, fields);
    return id;
}

void CommandProcessor::customerUpsert(Context &c)
{
    c.result.id = upsertCustomer(c, c.cmd.args(), QString());
}

void CommandProcessor::productRegister(Context &c)
{
    c.result.id = registerProduct(c, c.cmd.args(), QString(), QString());
}
