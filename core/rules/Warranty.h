#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVariantMap>

class Store;

// R5: in warranty, out of warranty, unknown (no purchase date: the technician checks the invoice on site), or
// under a service contract. Whole-unit terms and the longer main-part terms of the product's category.
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

    Warranty(const QDate &purchaseDate, const Terms &terms, bool contract);

    Status status(const QDate &on) const;
    // Last day covered (inclusive); invalid without a purchase date.
    QDate wholeUnitEnd() const;
    QDate mainPartEnd() const;
    // Whether the customer pays nothing for this part on that day (whole unit in warranty, or a main part within
    // its own longer term).
    bool coversPart(const QString &sku, const QDate &on) const;
    // Visit fee, labour and software are free only while the whole unit is in warranty (or under contract).
    bool coversService(const QDate &on) const;

    static QString statusName(Status s);
    // The terms of the product's category, its purchase date and the customer's service contract.
    static Warranty forProduct(Store &store, const QVariantMap &product, const QVariantMap &customer);

private:
    QDate m_purchase;
    Terms m_terms;
    bool m_contract;
};
