#pragma once

#include "storage/Store.h"

// Finds the caller while they are still talking: by phone (full, or the last 4+ digits), by name or address
// fragment (Chinese, two characters are enough) and by the pinyin of the name (full "zhangwei" or initials
// "zw"). Index lookups only: no LIKE '%…%' scans, so it stays fast at hundreds of thousands of customers.
class CallerSearch
{
public:
    struct Match
    {
        QString customerId;
        QString name;
        QString address;
        QStringList phones;
        QString matchedBy; // phone, phone_suffix, name, address, pinyin
    };

    explicit CallerSearch(Store &store) : m_store(store) {}
    QList<Match> find(const QString &text, int limit = 20);

private:
    QList<Match> byPhone(const QString &digits, int limit);
    QList<Match> byText(const QString &ftsQuery, const QString &matchedBy, int limit);
    Store &m_store;
};
