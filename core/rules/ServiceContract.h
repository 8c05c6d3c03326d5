#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <optional>

class CommandArgs;

// R5: a service contract (维修服务合作协议): its number, the days it is valid and what it covers (the visit, the
// labour, the parts; for every category or the listed ones). Charges follow it on the days it is valid and for the
// categories it lists; outside them the normal warranty rules apply [002 §4.7.4 "依照合作协议内容及规定执行"].
// Kept as JSON in customers.contract.
struct ServiceContract
{
    Q_DECLARE_TR_FUNCTIONS(ServiceContract)
public:
    QString number;
    QDate from, until; // invalid: open-ended on that side
    bool visit = false, labour = false, parts = false;
    QStringList categories; // empty: every category

    // Whether it is valid on `day` for a product of `category`
    bool appliesOn(const QDate &day, const QString &category) const;
    // The stored text, and back (a plain number from before version 9 reads as an open-ended contract for all)
    QString toStored() const;
    static std::optional<ServiceContract> fromStored(const QString &text);
    // From customer.upsert's `contract` {number, from?, until?, covers[], categories[]?}; rejects with the field named
    // (contract.until, contract.covers[1], …). Null or "" clears the contract: returns nullopt.
    static std::optional<ServiceContract> fromCommand(const QJsonValue &value, const CommandArgs &args);
    // For the intake panel and the receipt: "HT-2026-007, 2026-01-01 – 2026-12-31, covers the visit, labour"
    QString describe() const;
};
