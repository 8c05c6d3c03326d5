#pragma once

#include <QByteArray>
#include <QRandomGenerator>

// Malformed sync requests from a seeded generator (the same seed, the same inputs): a valid request's bytes flipped,
// cut, repeated, spliced with JSON fragments that parsers trip on (wrong types, huge and negative numbers, deep
// nesting, stray quotes and braces, invalid UTF-8), or replaced by noise. Used by a short run in the tests and by the
// 100k run in the benchmark.
class RequestFuzzer
{
public:
    explicit RequestFuzzer(quint32 seed) : m_random(seed) {}

    QByteArray next(const QByteArray &valid)
    {
        static const char *const fragments[] = {"{",
                                                "}",
                                                "[",
                                                "]",
                                                "\"",
                                                ",",
                                                ":",
                                                "null",
                                                "true",
                                                "-1",
                                                "0",
                                                "1e309",
                                                "-9223372036854775809",
                                                "18446744073709551616",
                                                "\"\\u0000\"",
                                                "\"\\ud800\"",
                                                "\xff\xfe",
                                                "\xc3\x28",
                                                "{\"command\":{}}",
                                                "\"mutation_id\":",
                                                "\"commands\":",
                                                "[[[[[[[[[[[[[[[[",
                                                "\"protocol_version\":2",
                                                "\"device_id\":\"\"",
                                                "\"by\":\"u-clerk\"",
                                                "\"ticket\":[]",
                                                "NaN",
                                                "\n",
                                                "\\",
                                                "'"};
        const int pick = int(m_random.bounded(100));
        if (pick < 4) { // noise
            QByteArray noise(int(m_random.bounded(1, 2048)), Qt::Uninitialized);
            for (char &c : noise)
                c = char(m_random.bounded(256));
            return noise;
        }
        if (pick < 6) // nesting far deeper than any request needs
            return QByteArray(int(m_random.bounded(500, 20000)), '[').append(valid);
        QByteArray out = valid;
        const int edits = int(m_random.bounded(1, 5));
        for (int i = 0; i < edits && !out.isEmpty(); ++i) {
            const int at = int(m_random.bounded(out.size()));
            switch (m_random.bounded(6)) {
            case 0:
                out[at] = char(out[at] ^ (1 << m_random.bounded(8)));
                break;
            case 1:
                out.remove(at, int(m_random.bounded(1, 16)));
                break;
            case 2:
                out.insert(at, out.mid(at, int(m_random.bounded(1, 64))));
                break;
            case 3:
                out.insert(at, fragments[m_random.bounded(int(sizeof fragments / sizeof *fragments))]);
                break;
            case 4:
                out.truncate(at);
                break;
            default: { // a number somewhere made extreme
                const qsizetype digit = out.indexOf(char('0' + m_random.bounded(10)), at);
                if (digit >= 0)
                    out.insert(digit, "99999999999999999999");
                break;
            }
            }
        }
        return out;
    }

private:
    QRandomGenerator m_random;
};
