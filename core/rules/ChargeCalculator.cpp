#include "ChargeCalculator.h"

#include "rules/CommandArgs.h"
#include "rules/Rejection.h"

ChargeCalculator::Result ChargeCalculator::compute(Store &store, const Record &product, const Record &customer,
                                                   const QDate &today, const QJsonArray &parts, const QJsonArray &fees,
                                                   qint64 atMs)
{
    const Warranty warranty = Warranty::forProduct(store, product, customer);
    Result out;
    out.status = warranty.status(today);
    // Who pays for a covered line: the contract when it covers it that day, else the warranty (a main part's own
    // longer term once the whole unit's has ended)
    auto coveredBy = [&](bool covered, const QString &what, bool mainPart) -> QVariant {
        if (!covered)
            return QVariant();
        if (warranty.contractCovers(what, today))
            return QStringLiteral("contract");
        return mainPart ? QStringLiteral("main_part_warranty") : QStringLiteral("warranty");
    };

    // R6/R14: parts at catalogue prices, fees from the schedule; anything else needs a supervisor
    QList<Record> &charges = out.lines;
    QList<QPair<QString, int>> &partsUsed = out.parts;
    for (int i = 0; i < parts.size(); ++i) {
        const QJsonObject p = parts.at(i).toObject();
        CommandArgs pa(p, QStringLiteral("parts[%1]").arg(i));
        if (!parts.at(i).isObject())
            throw Rejection(pa.field(QString()).chopped(1), tr("Each part needs its part number and a quantity."));
        const QString sku = pa.requiredString(QStringLiteral("sku"));
        const int qty = int(pa.optionalInteger(QStringLiteral("qty"), 1, 1000).value_or(1));
        const auto part = store.load(Store::Parts, sku);
        if (!part)
            pa.reject(QStringLiteral("sku"), tr("Part \"%1\" is not in the parts catalogue.").arg(sku));
        const qint64 unit = part->value(QStringLiteral("price_fen")).toLongLong();
        const bool covered = warranty.coversPart(sku, today);
        const bool isMain = covered && today > warranty.wholeUnitEnd();
        charges << Record{{QStringLiteral("kind"), QStringLiteral("part")},
                          {QStringLiteral("code"), sku},
                          {QStringLiteral("name"), part->value(QStringLiteral("name"))},
                          {QStringLiteral("qty"), qty},
                          {QStringLiteral("unit_fen"), unit},
                          {QStringLiteral("billed_fen"), covered ? 0 : unit * qty},
                          {QStringLiteral("covered_by"), coveredBy(covered, QStringLiteral("parts"), isMain)},
                          {QStringLiteral("at"), atMs}};
        partsUsed << qMakePair(sku, qty);
    }
    for (int i = 0; i < fees.size(); ++i) {
        const QString prefix = QStringLiteral("fee_lines[%1]").arg(i);
        QJsonObject f = fees.at(i).isString() ? QJsonObject{{QStringLiteral("code"), fees.at(i).toString()}}
                                              : fees.at(i).toObject();
        CommandArgs fa(f, prefix);
        if (!fees.at(i).isString() && !fees.at(i).isObject())
            throw Rejection(prefix, tr("Each fee line is a fee code or an object with a code."));
        const int qty = int(fa.optionalInteger(QStringLiteral("qty"), 1, 100).value_or(1));
        const QString code = fa.optionalString(QStringLiteral("code"));
        if (!code.isEmpty() && f.value(QLatin1String("amount_fen")).isUndefined()) {
            const auto fee = store.load(Store::Fees, code);
            if (!fee)
                fa.reject(QStringLiteral("code"),
                          tr("Fee \"%1\" is not on the published fee schedule (收费标准). A charge off the schedule "
                             "needs a name, an amount, a supervisor's approval and a reason.")
                              .arg(code));
            const qint64 unit = fee->value(QStringLiteral("amount_fen")).toLongLong();
            const QString kind = fee->value(QStringLiteral("kind")).toString();
            const bool covered = warranty.coversService(today, kind);
            charges << Record{{QStringLiteral("kind"), fee->value(QStringLiteral("kind"))},
                              {QStringLiteral("code"), code},
                              {QStringLiteral("name"), fee->value(QStringLiteral("name"))},
                              {QStringLiteral("qty"), qty},
                              {QStringLiteral("unit_fen"), unit},
                              {QStringLiteral("billed_fen"), covered ? 0 : unit * qty},
                              {QStringLiteral("covered_by"), coveredBy(covered, kind, false)},
                              {QStringLiteral("at"), atMs}};
            continue;
        }
        // Off the schedule (R6): named, priced, approved by a supervisor, with a reason
        const QString name = fa.requiredString(QStringLiteral("name"));
        const qint64 amount = fa.requiredInteger(QStringLiteral("amount_fen"), 0, 100000000);
        const QString approvedBy = fa.optionalString(QStringLiteral("approved_by"));
        if (approvedBy.isEmpty())
            fa.reject(QStringLiteral("approved_by"),
                      tr("\"%1\" is not on the published fee schedule: it needs a supervisor's approval "
                         "and a reason.")
                          .arg(name));
        const auto approver = store.load(Store::Users, approvedBy);
        if (!approver || approver->value(QStringLiteral("role")).toString() != QLatin1String("supervisor"))
            fa.reject(QStringLiteral("approved_by"),
                      tr("%1 is not a supervisor; only a supervisor can approve a charge off the fee schedule.")
                          .arg(approvedBy));
        const QString reason = fa.requiredString(QStringLiteral("reason"));
        const bool covered = warranty.coversService(today);
        charges << Record{{QStringLiteral("kind"), QStringLiteral("other")},
                          {QStringLiteral("code"), code.isEmpty() ? QVariant() : QVariant(code)},
                          {QStringLiteral("name"), name},
                          {QStringLiteral("qty"), qty},
                          {QStringLiteral("unit_fen"), amount},
                          {QStringLiteral("billed_fen"), covered ? 0 : amount * qty},
                          {QStringLiteral("covered_by"), coveredBy(covered, QStringLiteral("labour"), false)},
                          {QStringLiteral("approved_by"), approvedBy},
                          {QStringLiteral("reason"), reason},
                          {QStringLiteral("at"), atMs}};
    }
    for (const Record &ch : charges)
        out.totalFen += ch.value(QStringLiteral("billed_fen")).toLongLong();
    return out;
}

std::optional<ChargeCalculator::Result> ChargeCalculator::preview(Store &store, const Record &product,
                                                                  const Record &customer, const QDate &today,
                                                                  const QJsonArray &parts, const QJsonArray &fees,
                                                                  CommandError *error)
{
    try {
        return compute(store, product, customer, today, parts, fees, 0);
    } catch (const Rejection &r) {
        *error = r.error();
        return std::nullopt;
    }
}
