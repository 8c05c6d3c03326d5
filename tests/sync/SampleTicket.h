#pragma once

#include <QJsonArray>
#include <QJsonObject>

// The fields of ticket T1 the sync tests and the sync benchmark open (a fridge that does not cool, customer 张伟 in
// zone Z1 of the test centre, tests/replay/setup.jsonl): the ticket every note and dispatch in them is about
inline QJsonObject sampleTicketT1()
{
    const auto s = [](const char *text) { return QString::fromUtf8(text); };
    return {{s("id"), s("T1")},
            {s("kind"), s("repair")},
            {s("fault"), s("冰箱不制冷")},
            {s("customer"), QJsonObject{{s("id"), s("C1")},
                                        {s("name"), s("张伟")},
                                        {s("phones"), QJsonArray{s("13812345678")}},
                                        {s("address"), s("北京市海淀区中关村大街27号")},
                                        {s("zone"), s("Z1")}}},
            {s("product"), QJsonObject{{s("id"), s("P1")},
                                       {s("category"), s("fridge")},
                                       {s("model"), s("BCD-470")},
                                       {s("purchase_date"), s("2024-05-01")}}}};
}
