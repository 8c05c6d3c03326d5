#include "Warranty.h"

Warranty::Warranty(const QDate &purchaseDate, const Terms &terms, bool contract)
    : m_purchase(purchaseDate), m_terms(terms), m_contract(contract)
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
    if (m_contract)
        return Contract;
    if (!m_purchase.isValid())
        return Unknown;
    return on <= wholeUnitEnd() ? In : Out;
}

bool Warranty::coversService(const QDate &on) const
{
    const Status s = status(on);
    return s == In || s == Contract;
}

bool Warranty::coversPart(const QString &sku, const QDate &on) const
{
    if (coversService(on))
        return true;
    return m_purchase.isValid() && m_terms.mainParts.contains(sku) && on <= mainPartEnd();
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
