// dispatchdesk-server: the central server desks sync with (PostgreSQL behind it).
#include "sync/server/SyncServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTextStream>
#include <cstdio>
#include <unistd.h>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("dispatchdesk-server"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Dispatch Desk central server"));
    parser.addHelpOption();
    const QCommandLineOption config(QStringLiteral("config"),
                                    QStringLiteral("An INI file with any of the options below (pg=…, port=…, …); "
                                                   "the command line wins over it."),
                                    QStringLiteral("file"));
    const QCommandLineOption pg(QStringLiteral("pg"), QStringLiteral("PostgreSQL: \"host=… port=… dbname=… user=…\""),
                                QStringLiteral("conninfo"));
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("TCP port (0: any free port; default 8470)."),
                                  QStringLiteral("port"));
    const QCommandLineOption cache(QStringLiteral("cache"), QStringLiteral("Folder for the server's working copies."),
                                   QStringLiteral("dir"));
    const QCommandLineOption user(QStringLiteral("set-password"),
                                  QStringLiteral("Set the password of USER's desk login, then quit. The password is "
                                                 "typed at the prompt or piped on standard input (never given on "
                                                 "the command line, where the process list and history show it). "
                                                 "It ends every session of the account."),
                                  QStringLiteral("user"));
    const QCommandLineOption role(QStringLiteral("role"),
                                  QStringLiteral("With --set-password: admin for the centre's first administrator, "
                                                 "who may give commands before any user record exists."),
                                  QStringLiteral("role"));
    const QCommandLineOption maxAge(QStringLiteral("max-command-age-days"),
                                    QStringLiteral("Refuse commands dated more than this many days before the "
                                                   "server's clock (default 366)."),
                                    QStringLiteral("days"));
    const QCommandLineOption outlet(QStringLiteral("outlet"),
                                    QStringLiteral("With --set-password: the user's outlet (default main; * for the "
                                                   "head office, which sees every outlet)."),
                                    QStringLiteral("outlet"));
    const QCommandLineOption listen(
        QStringLiteral("listen"),
        QStringLiteral("Address to listen on (default 127.0.0.1; 0.0.0.0 for every network)."),
        QStringLiteral("address"));
    const QCommandLineOption certificate(QStringLiteral("certificate"),
                                         QStringLiteral("TLS certificate (PEM); with --key the server speaks only "
                                                        "HTTPS and WSS."),
                                         QStringLiteral("file"));
    const QCommandLineOption key(QStringLiteral("key"), QStringLiteral("The certificate's private key (PEM)."),
                                 QStringLiteral("file"));
    const QCommandLineOption tokenSeconds(QStringLiteral("token-seconds"),
                                          QStringLiteral("How long an access token lasts (default 3600)."),
                                          QStringLiteral("seconds"));
    const QCommandLineOption headerTimeout(QStringLiteral("header-timeout-seconds"),
                                           QStringLiteral("Close a connection whose request headers (or body) stall "
                                                          "this long (default 15)."),
                                           QStringLiteral("seconds"));
    const QCommandLineOption perAddress(QStringLiteral("max-connections-per-address"),
                                        QStringLiteral("Connections one address may hold open at a time (default "
                                                       "256: a centre's desks behind one router share an address)."),
                                        QStringLiteral("n"));
    parser.addOptions({config, pg, port, cache, user, role, outlet, listen, certificate, key, tokenSeconds, maxAge,
                       headerTimeout, perAddress});
    parser.process(app);

    QTextStream err(stderr);
    std::unique_ptr<QSettings> file;
    if (parser.isSet(config)) {
        if (!QFileInfo(parser.value(config)).isReadable()) {
            err << "Cannot read the configuration file " << parser.value(config) << Qt::endl;
            return 2;
        }
        file = std::make_unique<QSettings>(parser.value(config), QSettings::IniFormat);
    }
    auto value = [&](const QCommandLineOption &option, const QString &fallback = QString()) {
        if (parser.isSet(option))
            return parser.value(option);
        if (file && file->contains(option.names().first()))
            return file->value(option.names().first()).toString();
        return fallback;
    };
    SyncServer::Options options;
    options.pgConnect = value(pg);
    options.cacheDir = value(cache, QStandardPaths::writableLocation(QStandardPaths::CacheLocation));
    options.certificate = value(certificate);
    options.privateKey = value(key);
    bool ok = true;
    options.tokenSeconds = value(tokenSeconds, QStringLiteral("3600")).toInt(&ok);
    bool ageOk = true;
    options.maxCommandAgeDays = value(maxAge, QStringLiteral("366")).toInt(&ageOk);
    options.headerTimeoutSeconds = value(headerTimeout, QStringLiteral("15")).toInt(&ageOk);
    if (ageOk)
        options.connectionsPerAddress = value(perAddress, QStringLiteral("256")).toInt(&ageOk);
    if (!ageOk || options.maxCommandAgeDays < 1 || options.headerTimeoutSeconds < 1 ||
        options.connectionsPerAddress < 1) {
        err << "--max-command-age-days, --header-timeout-seconds and --max-connections-per-address are positive "
               "numbers."
            << Qt::endl;
        return 2;
    }
    const uint portNumber = value(port, QStringLiteral("8470")).toUInt(&ok);
    if (!ok || options.tokenSeconds < 1 || portNumber > 65535) {
        err << "The port must be 0–65535 and --token-seconds a positive number." << Qt::endl;
        return 2;
    }
    if (options.pgConnect.isEmpty()) {
        err << "Say where PostgreSQL is: --pg \"host=… port=… dbname=… user=…\" (or pg= in --config)." << Qt::endl;
        return 2;
    }
    SyncServer server(options);
    QString error;
    if (parser.isSet(user)) {
        // Only the accounts table is touched (and the schema prepared)
        const QString login = parser.value(user);
        if (login.contains(QLatin1Char(':'))) {
            err << "Give only the user: --set-password USER. The password is typed at the prompt or piped on "
                   "standard input, never put on the command line."
                << Qt::endl;
            return 2;
        }
        if (isatty(fileno(stdin)))
            QTextStream(stdout) << "Password for " << login << ": " << Qt::flush;
        const QString password = QTextStream(stdin).readLine();
        if (const QString problem = SyncServer::passwordProblem(login, password); !problem.isEmpty()) {
            err << problem << Qt::endl;
            return 2;
        }
        if (!server.openDatabase(&error) ||
            !server.setPassword(login, password, parser.isSet(outlet) ? parser.value(outlet) : QStringLiteral("main"),
                                &error, parser.value(role))) {
            err << error << Qt::endl;
            return 2;
        }
        return 0;
    }
    const QHostAddress address(value(listen, QStringLiteral("127.0.0.1")));
    if (address.isNull()) {
        err << "--listen needs an IP address, such as 127.0.0.1 or 0.0.0.0." << Qt::endl;
        return 2;
    }
    if (!server.start(quint16(portNumber), &error, address)) {
        err << error << Qt::endl;
        return 2;
    }
    QTextStream(stdout) << "listening " << server.port() << Qt::endl;
    return app.exec();
}
