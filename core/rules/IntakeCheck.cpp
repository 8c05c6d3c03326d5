#include "IntakeCheck.h"

#include <QRegularExpression>

IntakeCheck::Result IntakeCheck::check(Store &store, const QString &productId, const QString &kind, qint64 atMs,
                                       const RuleSettings &settings)
{
    Result r;
    if (productId.isEmpty())
        return r;
    if (const auto open = store.openTicketForProduct(productId))
        (kind == QLatin1String("complaint") ? r.complaintAbout : r.openTicket) = store.load(Store::Tickets, *open);
    if (kind == QLatin1String("repair")) {
        const qint64 since = atMs - qint64(settings.repeatRepairDays) * 24 * 3600 * 1000;
        r.repeatOf = store.lastCompletedRepair(productId, since, atMs, QString());
    }
    return r;
}

bool IntakeCheck::addressIsComplete(const QString &address)
{
    // A technician finds an address with a district (区/县/镇/乡) and a street (路/街/道/巷/弄/胡同/村/号)
    static const QRegularExpression district(QStringLiteral("(区|县|镇|乡|旗|district|county|town)"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression street(
        QStringLiteral("(路|街|道|巷|弄|胡同|村|号|里|苑|小区|road|street|lane|avenue|village|\\bno\\.?\\s*\\d)"),
        QRegularExpression::CaseInsensitiveOption);
    return district.match(address).hasMatch() && street.match(address).hasMatch();
}

QString IntakeCheck::zoneForAddress(Store &store, const QString &address)
{
    static const QRegularExpression suffix(QStringLiteral("(片区|区|县|市|镇)$"));
    QString best;
    qsizetype bestLength = 0;
    for (const Record &z : store.all(Store::Zones, QStringLiteral("id"))) {
        const QString name = z.value(QStringLiteral("name")).toString().trimmed();
        QString stem = name;
        stem.remove(suffix);
        for (const QString &candidate : {name, stem})
            if (candidate.size() >= 2 && candidate.size() > bestLength && address.contains(candidate)) {
                best = z.value(QStringLiteral("id")).toString();
                bestLength = candidate.size();
            }
    }
    return best;
}

QStringList IntakeCheck::missingDetails(const QString &model, const QString &purchaseDate, const QString &address)
{
    QStringList missing;
    if (model.trimmed().isEmpty())
        missing << QStringLiteral("model");
    if (purchaseDate.trimmed().isEmpty())
        missing << QStringLiteral("purchase_date");
    if (!addressIsComplete(address))
        missing << QStringLiteral("address");
    return missing;
}
