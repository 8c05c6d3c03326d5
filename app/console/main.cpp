// dispatchdesk: the desk console.
#include "AppIcon.h"
#include "MainWindow.h"
#include "UserPicker.h"
#include "admin/AdminWorkspace.h"
#include "admin/LanguageMenu.h"
#include "admin/ServerDialog.h"
#include "demo/DemoCentre.h"
#include "print/FeeCardPrinter.h"
#include "print/FormPrinter.h"
#include "service/DeskService.h"
#include "sync/SyncClient.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("dispatchdesk"));
    QApplication::setOrganizationName(QStringLiteral("DispatchDesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("Dispatch Desk"));
    QApplication::setWindowIcon(AppIcon::icon());

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Desk database file."),
                                      QStringLiteral("path"));
    const QCommandLineOption demoOption(QStringLiteral("demo"), QStringLiteral("Start on a fresh demo database."));
    const QCommandLineOption userOption(QStringLiteral("user"), QStringLiteral("Work as this user id."),
                                        QStringLiteral("id"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("Language (zh_CN, en)."),
                                        QStringLiteral("locale"));
    const QCommandLineOption quitOption(QStringLiteral("quit-after"), QStringLiteral("Quit after N ms (smoke tests)."),
                                        QStringLiteral("ms"));
    const QCommandLineOption shotOption(QStringLiteral("screenshot"),
                                        QStringLiteral("Save a PNG of the window once shown, then quit (docs)."),
                                        QStringLiteral("png"));
    const QCommandLineOption workspaceOption(
        QStringLiteral("workspace"),
        QStringLiteral("Start on intake, dispatch, callbacks, complaints, reports or admin[:page]."),
        QStringLiteral("name"));
    const QCommandLineOption serverOption(
        QStringLiteral("server"),
        QStringLiteral("Sync with this server (default: the one set in File → Central server…)."),
        QStringLiteral("url"));
    const QCommandLineOption passwordOption(QStringLiteral("password"), QStringLiteral("Password for the server."),
                                            QStringLiteral("password"));
    const QCommandLineOption receiptOption(QStringLiteral("receipt-pdf"),
                                           QStringLiteral("Write the service receipt of TICKET to --pdf and quit."),
                                           QStringLiteral("ticket"));
    const QCommandLineOption sheetOption(
        QStringLiteral("dispatch-sheet-pdf"),
        QStringLiteral("Write the dispatch sheet of TECHNICIAN for --day to --pdf and quit."),
        QStringLiteral("technician"));
    const QCommandLineOption feeCardOption(QStringLiteral("fee-card-pdf"),
                                           QStringLiteral("Write the fee schedule card to --pdf and quit."));
    const QCommandLineOption dayOption(QStringLiteral("day"), QStringLiteral("Day of the dispatch sheet (YYYY-MM-DD)."),
                                       QStringLiteral("date"));
    const QCommandLineOption pdfOption(QStringLiteral("pdf"), QStringLiteral("PDF file to write."),
                                       QStringLiteral("path"));
    parser.addOptions({dbOption, demoOption, userOption, langOption, quitOption, shotOption, workspaceOption,
                       receiptOption, sheetOption, feeCardOption, dayOption, pdfOption, serverOption, passwordOption});
    parser.process(app);

    // --lang, else the language chosen in View → Language, else the system's
    const QString chosen = LanguageMenu::storedLanguage();
    const QLocale locale = parser.isSet(langOption) ? QLocale(parser.value(langOption))
                           : chosen.isEmpty()       ? QLocale::system()
                                                    : QLocale(chosen);
    QTranslator qtTranslator, appTranslator;
    if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(&qtTranslator);
    if (appTranslator.load(locale, QStringLiteral("dispatchdesk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        app.installTranslator(&appTranslator);

    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QString path = parser.isSet(dbOption) ? parser.value(dbOption) : dataDir + QStringLiteral("/desk.sqlite");
    DeskService desk;
    if (parser.isSet(demoOption)) {
        path = dataDir + QStringLiteral("/demo.sqlite");
        // A fresh demo each time: only the demo file is replaced, never a desk database
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
    }
    // A desk database that was here and is gone is never silently replaced by an empty one: it held this desk's
    // work, some of it perhaps not yet sent, and its device. Ask; point to the backups.
    QSettings known;
    const QString knownKey =
        QStringLiteral("databases/") +
        QString::fromLatin1(
            QCryptographicHash::hash(QFileInfo(path).absoluteFilePath().toUtf8(), QCryptographicHash::Sha1).toHex());
    if (!parser.isSet(demoOption) && !QFileInfo::exists(path) && known.contains(knownKey)) {
        const QString missing =
            QObject::tr("The desk's database %1 is missing. It held this desk's work (device %2), with anything not "
                        "yet sent to the central server. Restore it from a backup (File → Backup made one), or start "
                        "an empty desk only if that work is really gone.")
                .arg(QDir::toNativeSeparators(path), known.value(knownKey).toString());
        const bool interactive = !parser.isSet(quitOption) && !parser.isSet(shotOption) &&
                                 !parser.isSet(receiptOption) && !parser.isSet(sheetOption) &&
                                 !parser.isSet(feeCardOption);
        if (!interactive) {
            qCritical("%s", qPrintable(missing));
            return 1;
        }
        QMessageBox box(QMessageBox::Warning, QObject::tr("Dispatch Desk"), missing);
        QPushButton *restore = box.addButton(QObject::tr("Restore from a backup…"), QMessageBox::AcceptRole);
        QPushButton *empty = box.addButton(QObject::tr("Start an empty desk"), QMessageBox::DestructiveRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(restore);
        box.exec();
        if (box.clickedButton() == restore) {
            const QString backup =
                QFileDialog::getOpenFileName(nullptr, QObject::tr("Choose the backup"), QFileInfo(path).absolutePath(),
                                             QObject::tr("Desk databases (*.sqlite *.db)"));
            if (backup.isEmpty() || !QFile::copy(backup, path)) {
                QMessageBox::critical(nullptr, QObject::tr("Dispatch Desk"),
                                      QObject::tr("Nothing was restored; the desk did not start."));
                return 1;
            }
        } else if (box.clickedButton() != empty) {
            return 0;
        }
    }
    if (!desk.open(path)) {
        QMessageBox::critical(nullptr, QObject::tr("Dispatch Desk"), desk.errorMessage());
        return 1;
    }
    if (!parser.isSet(demoOption))
        known.setValue(knownKey, desk.store().deviceId());
    if (parser.isSet(receiptOption) || parser.isSet(sheetOption)) {
        // Printing from a script (documentation, batch printing): no window
        QString error;
        const bool ok =
            parser.isSet(receiptOption)
                ? FormPrinter::serviceReceipt(desk, parser.value(receiptOption), parser.value(pdfOption), &error)
                : FormPrinter::dispatchSheet(desk, parser.value(sheetOption),
                                             QDate::fromString(parser.value(dayOption), Qt::ISODate),
                                             parser.value(pdfOption), &error);
        if (!ok)
            qCritical("%s", qPrintable(error));
        return ok ? 0 : 1;
    }
    if (parser.isSet(demoOption))
        DemoCentre::build(desk.processor(), QDateTime::currentDateTime());
    if (parser.isSet(feeCardOption)) {
        QString error;
        const bool ok = FeeCardPrinter::feeCard(desk, parser.value(pdfOption), &error);
        if (!ok)
            qCritical("%s", qPrintable(error));
        return ok ? 0 : 1;
    }

    QString user = parser.value(userOption);
    if (user.isEmpty()) {
        UserPicker picker(desk);
        if (picker.hasUsers()) {
            if (picker.exec() != QDialog::Accepted)
                return 0;
            user = picker.userId();
        } else {
            user = QStringLiteral("admin");
        }
    }
    desk.setUser(user);
    MainWindow window(desk);
    // With a server configured, the desk syncs and the user logs in for real; without one it works the same, alone
    const ServerDialog::Settings stored = ServerDialog::stored();
    const QString server = parser.isSet(serverOption) ? parser.value(serverOption) : stored.server;
    std::unique_ptr<SyncClient> sync;
    if (!server.isEmpty()) {
        sync = std::make_unique<SyncClient>(desk);
        sync->setServer(QUrl(server));
        sync->setOutlet(stored.outlet);
        QString caProblem;
        if (!stored.caFile.isEmpty() && !sync->setCaCertificates(stored.caFile, &caProblem))
            QMessageBox::warning(nullptr, QObject::tr("Dispatch Desk"),
                                 QObject::tr("%1 The desk will not trust the server until File → Central server… "
                                             "names a certificate it can read.")
                                     .arg(caProblem));
        QString password = parser.value(passwordOption);
        if (password.isEmpty())
            password =
                QInputDialog::getText(nullptr, QObject::tr("Log in"),
                                      QObject::tr("Password of %1 on %2:").arg(user, server), QLineEdit::Password);
        // The window opens at once; the login's answer arrives while the user already works
        QObject::connect(
            sync.get(), &SyncClient::loggedIn, &window, [&window, s = sync.get()](bool ok, const QString &error) {
                s->startPolling(1000);
                if (!ok)
                    QMessageBox::warning(&window, QObject::tr("Dispatch Desk"),
                                         QObject::tr("Not logged in to the server (%1). The desk works on its own and "
                                                     "keeps everything for later.")
                                             .arg(error));
            });
        window.setSyncClient(sync.get());
        sync->logIn(user, password);
    }
    const auto record = desk.store().load(Store::Users, user);
    const QString role = record ? record->value(QStringLiteral("role")).toString() : QString();
    window.showWorkspace(role == QLatin1String("dispatcher")   ? MainWindow::Dispatch
                         : role == QLatin1String("supervisor") ? MainWindow::Callbacks
                         : role == QLatin1String("admin")      ? MainWindow::Admin
                                                               : MainWindow::Intake);
    if (parser.isSet(workspaceOption)) {
        // "admin:fees" opens a page of the admin workspace (users, technicians, zones, categories, fees, parts,
        // settings)
        const QString w = parser.value(workspaceOption).section(QLatin1Char(':'), 0, 0);
        const QStringList pages = {QStringLiteral("users"),      QStringLiteral("technicians"), QStringLiteral("zones"),
                                   QStringLiteral("categories"), QStringLiteral("fees"),        QStringLiteral("parts"),
                                   QStringLiteral("settings")};
        const int page = int(pages.indexOf(parser.value(workspaceOption).section(QLatin1Char(':'), 1, 1)));
        if (page >= 0)
            window.admin()->showPage(AdminWorkspace::Page(page));
        window.showWorkspace(w == QLatin1String("dispatch")     ? MainWindow::Dispatch
                             : w == QLatin1String("callbacks")  ? MainWindow::Callbacks
                             : w == QLatin1String("complaints") ? MainWindow::Complaints
                             : w == QLatin1String("reports")    ? MainWindow::Reports
                             : w == QLatin1String("admin")      ? MainWindow::Admin
                                                                : MainWindow::Intake);
    }
    window.show();
    if (parser.isSet(shotOption)) {
        const QString shot = parser.value(shotOption);
        QTimer::singleShot(800, &window, [&window, shot] {
            const bool saved = window.grab().save(shot);
            QApplication::exit(saved ? 0 : 1);
        });
    }
    if (parser.isSet(quitOption))
        QTimer::singleShot(parser.value(quitOption).toInt(), &app, &QApplication::quit);
    return app.exec();
}
