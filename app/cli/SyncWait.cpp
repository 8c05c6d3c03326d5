#include "SyncWait.h"

#include "sync/SyncClient.h"

#include <QEventLoop>

namespace {
// Runs `start`, then the event loop until `signal` carries (ok, message) back
template <typename Signal, typename Start>
bool waitFor(SyncClient *client, Signal signal, Start start, QString *message)
{
    QEventLoop loop;
    bool done = false;
    bool ok = false;
    QObject::connect(client, signal, &loop, [&](bool result, const QString &text) {
        done = true;
        ok = result;
        *message = text;
        loop.quit();
    });
    start();
    if (!done) // an answer can come at once (a store that fails before anything is sent)
        loop.exec();
    return ok;
}
} // namespace

bool SyncWait::round(SyncClient &client, QString *error)
{
    return waitFor(
        &client, &SyncClient::roundFinished, [&] { client.requestRound(); }, error);
}

bool SyncWait::logIn(SyncClient &client, const QString &user, const QString &password, QString *error)
{
    return waitFor(
        &client, &SyncClient::loggedIn, [&] { client.logIn(user, password); }, error);
}
