#include "Warranty.h"

#include "storage/Store.h"

#include <QJsonArray>
#include <QJsonDocument>

Warranty::Warranty(const QDate &purchaseDate, const Terms &terms, std::optional<ServiceContract> contract,
                   const QString &category)
    : m_purchase(purchaseDate), m_terms(terms), m_contract(std::move(contract)), m_category(category)
{}

QDate Warranty::wholeUnitEnd() const
{
    return m_purchase.isValid() ? m_purchase.addMonths(m_terms.wholeMonths).addDays(-1) : QDate();
}

QDate Warranty::mainPartEnd() const
{
    return m_purchase.isValid() ? m_purchase.addMonths(m_terms.mainPartMonths).addDays(-1) : QDate();
}

Warranty::Status Warranty::status(const QDate &on) const
{
    if (contractApplies(on))
        return Contract;
    if (!m_purchase.isValid())
        return Unknown;
    return on <= wholeUnitEnd() ? In : Out;
}

bool Warranty::contractCovers(const QString &what, const QDate &on) const
{
    if (!contractApplies(on))
        return false;
    if (what == QLatin1String("parts"))
        return m_contract->parts;
    if (what == QLatin1String("visit"))
        return m_contract->visit;
    return m_contract->labour;
}

bool Warranty::coversService(const QDate &on, const QString &kind) const
{
    if (contractCovers(kind == QLatin1String("visit") ? kind : QStringLiteral("labour"), on))
        return true;
    return m_purchase.isValid() && on <= wholeUnitEnd();
}

bool Warranty::coversPart(const QString &sku, const QDate &on) const
{
    if (contractCovers(QStringLiteral("parts"), on))
        return true;
    if (!m_purchase.isValid())
        return false;
    return on <= wholeUnitEnd() || (m_terms.mainParts.contains(sku) && on <= mainPartEnd());
}

QString Warranty::statusName(Status s)
{
    switch (s) {
    case In:
        return QStringLiteral("in");
    case Out:
        return QStringLiteral("out");
    case Contract:
        return QStringLiteral("contract");
    case Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

Warranty Warranty::forProduct(Store &store, const QVariantMap &product, const QVariantMap &customer)
{
    Terms terms;
    if (const auto cat = store.load(Store::Categories, product.value(QStringLiteral("category")).toString())) {
        terms.wholeMonths = cat->value(QStringLiteral("warranty_months")).toInt();
        terms.mainPartMonths = cat->value(QStringLiteral("main_part_warranty_months")).toInt();
        const QJsonArray parts =
            QJsonDocument::fromJson(cat->value(QStringLiteral("main_parts")).toString().toUtf8()).array();
        for (const QJsonValue &p : parts)
            terms.mainParts << p.toString();
    }
    const QDate purchase = QDate::fromString(product.value(QStringLiteral("purchase_date")).toString(), Qt::ISODate);
    const QString category = product.value(QStringLiteral("category")).toString();
    return Warranty(purchase, terms, ServiceContract::fromStored(customer.value(QStringLiteral("contract")).toString()),
                    category);
}
