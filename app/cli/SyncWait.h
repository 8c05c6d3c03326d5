#pragma once

#include <QString>

class SyncClient;

// Waiting for the asynchronous sync client, for programs that have nothing else to do meanwhile: the command-line
// desk (dispatchdesk-cli sync), the benchmarks and the tests. They run an event loop until the answer is in. The
// desk's windows never call these: they listen to SyncClient's signals and stay responsive.
namespace SyncWait {
// One round (or, when one is running, its end and the one more it was asked for); false with the reason
bool round(SyncClient &client, QString *error);
bool logIn(SyncClient &client, const QString &user, const QString &password, QString *error);
} // namespace SyncWait
