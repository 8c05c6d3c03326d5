#include "Ids.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QUuid>

namespace Ids {
namespace {
std::optional<QRandomGenerator> &seeded()
{
    static std::optional<QRandomGenerator> generator;
    return generator;
}
} // namespace

void setSeed(std::optional<quint32> seed)
{
    if (seed)
        seeded().emplace(*seed);
    else
        seeded().reset();
}

QString uuid7(qint64 msSinceEpoch)
{
    quint8 bytes[16];
    const quint64 ms = quint64(msSinceEpoch) & 0xFFFFFFFFFFFFull;
    for (int i = 0; i < 6; ++i)
        bytes[i] = quint8(ms >> (8 * (5 - i)));
    quint32 random[3];
    if (seeded())
        seeded()->fillRange(random);
    else
        QRandomGenerator::system()->fillRange(random);
    for (int i = 0; i < 10; ++i)
        bytes[6 + i] = quint8(random[i / 4] >> (8 * (i % 4)));
    bytes[6] = quint8((bytes[6] & 0x0F) | 0x70); // version 7
    bytes[8] = quint8((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
    const QUuid uuid = QUuid::fromRfc4122(QByteArrayView(reinterpret_cast<const char *>(bytes), 16));
    return uuid.toString(QUuid::WithoutBraces);
}

QString derived(qint64 msSinceEpoch, const QByteArray &origin, int n)
{
    quint8 bytes[16];
    const quint64 ms = quint64(msSinceEpoch) & 0xFFFFFFFFFFFFull;
    for (int i = 0; i < 6; ++i)
        bytes[i] = quint8(ms >> (8 * (5 - i)));
    const QByteArray digest =
        QCryptographicHash::hash(QByteArray(origin + '#' + QByteArray::number(n)), QCryptographicHash::Sha256);
    for (int i = 0; i < 10; ++i)
        bytes[6 + i] = quint8(digest.at(i));
    bytes[6] = quint8((bytes[6] & 0x0F) | 0x70);
    bytes[8] = quint8((bytes[8] & 0x3F) | 0x80);
    return QUuid::fromRfc4122(QByteArrayView(reinterpret_cast<const char *>(bytes), 16)).toString(QUuid::WithoutBraces);
}

} // namespace Ids
