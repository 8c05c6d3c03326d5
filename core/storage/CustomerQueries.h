#pragma once

#include "storage/Store.h"

// What the clerk sees beside the form about a caller: their appliances, tickets, callbacks and complaints, and the
// completions the form offers (models known for a category, the faults most often reported for it).
class CustomerQueries
{
public:
    explicit CustomerQueries(Store &store) : m_store(store) {}

    QList<Record> products(const QString &customerId);
    // Newest first
    QList<Record> tickets(const QString &customerId, int limit = 20);
    QList<Record> callbacks(const QString &customerId, int limit = 10);
    QList<Record> complaints(const QString &customerId, int limit = 10);
    QStringList knownModels(const QString &category, int limit = 200);
    QStringList commonFaults(const QString &category, int limit = 8);

private:
    Store &m_store;
};
