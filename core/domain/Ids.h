#pragma once

#include <QString>

namespace Ids {
// A UUID version 7 (time-ordered, random tail) as lower-case text: client-generated ids need no round trip.
QString uuid7(qint64 msSinceEpoch);
} // namespace Ids
