#pragma once

#include "domain/Command.h"
#include "rules/Warranty.h"
#include "storage/Store.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <optional>

// R5/R6/R14: what a completed job costs the customer. Parts at catalogue prices, fees from the published schedule
// (收费标准), a charge off the schedule only with a supervisor's approval and a reason; nothing while in warranty
// (main parts by their longer term) or under a service contract. ticket.complete charges exactly this; the
// completion dialog previews it.
class ChargeCalculator
{
    Q_DECLARE_TR_FUNCTIONS(ChargeCalculator)
public:
    struct Result
    {
        QList<Record> lines; // kind, code, name, qty, unit_fen, billed_fen, covered_by, approved_by, reason, at
        QList<QPair<QString, int>> parts;
        qint64 totalFen = 0;
        Warranty::Status status = Warranty::Unknown;
    };

    // `parts`: [{sku, qty}]; `fees`: ["CODE"] or [{code, qty}] or [{name, amount_fen, approved_by, reason}].
    // Rejects (throws Rejection naming the field) a part or fee that is not allowed.
    static Result compute(Store &store, const Record &product, const Record &customer, const QDate &today,
                          const QJsonArray &parts, const QJsonArray &fees, qint64 atMs);
    // The same without throwing: the error names the field.
    static std::optional<Result> preview(Store &store, const Record &product, const Record &customer,
                                         const QDate &today, const QJsonArray &parts, const QJsonArray &fees,
                                         CommandError *error);
};
