// dispatchdesk-server: the central server desks sync with (PostgreSQL behind it).
#include "sync/server/SyncServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("dispatchdesk-server"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Dispatch Desk central server"));
    parser.addHelpOption();
    const QCommandLineOption pg(QStringLiteral("pg"), QStringLiteral("PostgreSQL: \"host=… port=… dbname=… user=…\""),
                                QStringLiteral("conninfo"));
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("TCP port on 127.0.0.1 (0: any free port)."),
                                  QStringLiteral("port"), QStringLiteral("8470"));
    const QCommandLineOption cache(QStringLiteral("cache"), QStringLiteral("Folder for the server's working copy."),
                                   QStringLiteral("dir"));
    const QCommandLineOption user(QStringLiteral("set-password"),
                                  QStringLiteral("Set USER:PASSWORD for a desk login, then quit."),
                                  QStringLiteral("user:password"));
    const QCommandLineOption listen(
        QStringLiteral("listen"),
        QStringLiteral("Address to listen on (default 127.0.0.1; 0.0.0.0 for every network)."),
        QStringLiteral("address"), QStringLiteral("127.0.0.1"));
    parser.addOptions({pg, port, cache, user, listen});
    parser.process(app);
    SyncServer::Options options;
    options.pgConnect = parser.value(pg);
    options.cacheDir =
        parser.isSet(cache) ? parser.value(cache) : QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    SyncServer server(options);
    QString error;
    if (parser.isSet(user)) {
        // Only the accounts table is touched; starting fully also prepares the schema
        if (!server.start(0, &error) || !server.setPassword(parser.value(user).section(QLatin1Char(':'), 0, 0),
                                                            parser.value(user).section(QLatin1Char(':'), 1), &error)) {
            QTextStream(stderr) << error << Qt::endl;
            return 2;
        }
        return 0;
    }
    if (!server.start(quint16(parser.value(port).toUInt()), &error, QHostAddress(parser.value(listen)))) {
        QTextStream(stderr) << error << Qt::endl;
        return 2;
    }
    QTextStream(stdout) << "listening " << server.port() << Qt::endl;
    return app.exec();
}
