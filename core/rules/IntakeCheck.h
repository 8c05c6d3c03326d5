#pragma once

#include "rules/RuleSettings.h"
#include "storage/Store.h"

#include <QStringList>
#include <optional>

// What the rules say about a call while the clerk is still typing it, before anything is saved: is there an open
// ticket for this appliance (R2: log a reminder call instead), would it be a repeat repair (R3), and the warranty
// (R5). The same checks ticket.open applies.
class IntakeCheck
{
public:
    struct Result
    {
        std::optional<Record> openTicket; // id, number, state: a second ticket is refused (R2)
        // A complaint call is not a second repair (R16): the appliance's open ticket is what it is likely about
        std::optional<Record> complaintAbout;
        std::optional<Record> repeatOf; // the earlier completed repair
    };

    static Result check(Store &store, const QString &productId, const QString &kind, qint64 atMs,
                        const RuleSettings &settings);

    // R1: details whose absence marks a ticket "needs verification" (it can still be saved and dispatched):
    // "model", "purchase_date", "address" (no district or no street).
    static QStringList missingDetails(const QString &model, const QString &purchaseDate, const QString &address);
    static bool addressIsComplete(const QString &address);
    // The zone an address names: the zone whose name (with or without its 区/县/片区) the address contains, the
    // longest such name when several do ("北京市海淀区学院路9号" → the zone 海淀区); empty when none does
    static QString zoneForAddress(Store &store, const QString &address);
};
