#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <optional>

#include "rules/ServiceContract.h"

class Store;

// R5: in warranty, out of warranty, unknown (no purchase date: the technician checks the invoice on site), or
// under a service contract valid that day for the product's category. Whole-unit terms and the longer main-part terms
// of the product's category.
class Warranty
{
public:
    enum Status { In, Out, Unknown, Contract };

    struct Terms
    {
        int wholeMonths = 12;
        int mainPartMonths = 12;
        QStringList mainParts;
    };

    Warranty(const QDate &purchaseDate, const Terms &terms, std::optional<ServiceContract> contract = std::nullopt,
             const QString &category = QString());

    Status status(const QDate &on) const;
    // Last day covered (inclusive); invalid without a purchase date.
    QDate wholeUnitEnd() const;
    QDate mainPartEnd() const;
    // Whether the customer pays nothing for this part on that day (whole unit in warranty, or a main part within
    // its own longer term).
    bool coversPart(const QString &sku, const QDate &on) const;
    // Visit fee, labour and software are free while the whole unit is in warranty, or when a valid contract covers
    // them (`kind`: visit; labour, software and other work count as labour).
    bool coversService(const QDate &on, const QString &kind = QStringLiteral("labour")) const;
    // Whether the customer's contract (not the warranty) is what pays for this fee kind or part on that day
    bool contractCovers(const QString &what, const QDate &on) const;
    const std::optional<ServiceContract> &contract() const { return m_contract; }

    static QString statusName(Status s);
    // The terms of the product's category, its purchase date and the customer's service contract.
    static Warranty forProduct(Store &store, const QVariantMap &product, const QVariantMap &customer);

private:
    QDate m_purchase;
    Terms m_terms;
    std::optional<ServiceContract> m_contract;
    QString m_category;
    bool contractApplies(const QDate &on) const { return m_contract && m_contract->appliesOn(on, m_category); }
};
