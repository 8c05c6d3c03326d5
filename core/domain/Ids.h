#pragma once

#include <QString>
#include <optional>

namespace Ids {
// A UUID version 7 (time-ordered, random tail) as lower-case text: client-generated ids need no round trip.
QString uuid7(qint64 msSinceEpoch);
// Draws the random tails from a generator seeded with `seed` instead of the system's, so that a generated centre
// is the same for the same seed; std::nullopt goes back to the system's randomness. For generators and tests only.
void setSeed(std::optional<quint32> seed);
// A UUID version 7 whose tail is derived from `origin` (e.g. "device:mutation") and `n`: the desk that applies a
// command and the server that re-applies it create the same ids for the records it makes.
QString derived(qint64 msSinceEpoch, const QByteArray &origin, int n);
} // namespace Ids
