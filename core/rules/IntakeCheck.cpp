#include "IntakeCheck.h"

IntakeCheck::Result IntakeCheck::check(Store &store, const QString &productId, const QString &kind, qint64 atMs,
                                       const RuleSettings &settings)
{
    Result r;
    if (productId.isEmpty())
        return r;
    if (const auto open = store.openTicketForProduct(productId))
        r.openTicket = store.load(Store::Tickets, *open);
    if (kind == QLatin1String("repair")) {
        const qint64 since = atMs - qint64(settings.repeatRepairDays) * 24 * 3600 * 1000;
        r.repeatOf = store.lastCompletedRepair(productId, since, atMs, QString());
    }
    return r;
}
