#pragma once

#include "rules/RuleSettings.h"
#include "storage/Store.h"

#include <QJsonObject>

// The desk as of one moment, as JSON: every ticket with its state, flags, due times and charges (and
// technician suggestions while undispatched), the open alerts, the callback queue, complaints and the KPIs.
// The replay prints it; tests compare it with golden files.
class DeskSnapshot
{
public:
    static QJsonObject build(Store &store, qint64 asOfMs);
    static QJsonObject ticketJson(Store &store, const Record &ticket, qint64 asOfMs, const RuleSettings &settings);
};
