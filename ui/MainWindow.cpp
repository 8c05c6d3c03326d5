#include "MainWindow.h"

#include "admin/AdminWorkspace.h"
#include "admin/ImportDialog.h"
#include "admin/LanguageMenu.h"
#include "help/ShortcutHelpDialog.h"

#include "callbacks/CallbackQueueView.h"
#include "complaints/ComplaintsView.h"
#include "dispatch/DispatchBoard.h"
#include "intake/IntakeForm.h"
#include "models/CallbackQueueModel.h"
#include "models/TicketListModel.h"
#include "reports/DashboardView.h"
#include "service/DeskService.h"
#include "sync/SyncClient.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTime>
#include <QTimer>

MainWindow::MainWindow(DeskService &desk, QWidget *parent)
    : QMainWindow(parent), m_desk(desk), m_tabs(new QTabWidget),
      m_intake(new IntakeForm(desk, desk.path() + QStringLiteral(".intake-draft.json"))),
      m_board(new DispatchBoard(desk)), m_callbacks(new CallbackQueueView(desk)),
      m_complaints(new ComplaintsView(desk)), m_reports(new DashboardView(desk)), m_admin(new AdminWorkspace(desk)),
      m_userLabel(new QLabel), m_alertLabel(new QLabel), m_syncLabel(new QLabel), m_lastSaved(new QLabel),
      m_timer(new QTimer(this))
{
    setWindowTitle(tr("Dispatch Desk"));
    m_tabs->addTab(m_intake, tr("Intake (F2)"));
    m_tabs->addTab(m_board, tr("Dispatch board (F3)"));
    m_tabs->addTab(m_callbacks, tr("Callbacks (F4)"));
    m_tabs->addTab(m_complaints, tr("Complaints (F5)"));
    m_tabs->addTab(m_reports, tr("Reports (F6)"));
    m_tabs->addTab(m_admin, tr("Admin (F7)"));
    setCentralWidget(m_tabs);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *backup = file->addAction(tr("&Back up the desk…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Back up the desk"),
            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                .filePath(tr("dispatchdesk-backup-%1.sqlite")
                              .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")))),
            tr("Desk database (*.sqlite)"));
        if (path.isEmpty())
            return;
        QString error;
        if (m_desk.database().backupTo(path, &error))
            statusBar()->showMessage(tr("Backed up to %1").arg(QDir::toNativeSeparators(path)), 10000);
        else
            QMessageBox::warning(this, tr("Backup"), error);
    });
    backup->setToolTip(tr("A consistent copy of the desk's data, made while you keep working"));
    QAction *restore = file->addAction(tr("&Restore from a backup…"), this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Restore from a backup"), QString(), tr("Desk database (*.sqlite)"));
        if (path.isEmpty())
            return;
        if (QMessageBox::question(this, tr("Restore"),
                                  tr("Replace the desk's data with %1? The current data is kept beside it as a "
                                     "file named …before-restore-….")
                                      .arg(QDir::toNativeSeparators(path))) != QMessageBox::Yes)
            return;
        QString error;
        if (m_desk.restoreFrom(path, &error))
            statusBar()->showMessage(tr("Restored from %1").arg(QDir::toNativeSeparators(path)), 10000);
        else
            QMessageBox::warning(this, tr("Restore"), error);
    });
    restore->setToolTip(tr("Replace the desk's data with a backup; the current data is kept"));
    QAction *import = file->addAction(tr("&Import customers…"), this, [this] {
        ImportDialog dialog(m_desk, this);
        dialog.exec();
    });
    import->setToolTip(tr("Customers and their appliances from a spreadsheet saved as CSV"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    const QList<QPair<QString, Workspace>> spaces = {{tr("&Intake"), Intake},       {tr("&Dispatch board"), Dispatch},
                                                     {tr("&Callbacks"), Callbacks}, {tr("Co&mplaints"), Complaints},
                                                     {tr("&Reports"), Reports},     {tr("&Admin"), Admin}};
    const Qt::Key keys[] = {Qt::Key_F2, Qt::Key_F3, Qt::Key_F4, Qt::Key_F5, Qt::Key_F6, Qt::Key_F7};
    for (int i = 0; i < spaces.size(); ++i) {
        const Workspace w = spaces.at(i).second;
        QAction *a = view->addAction(spaces.at(i).first, this, [this, w] { showWorkspace(w); });
        a->setShortcut(QKeySequence(keys[i]));
        a->setToolTip(tr("Switch to this workspace"));
    }
    QAction *newCall = file->addAction(tr("&New call"), this, [this] {
        showWorkspace(Intake);
        m_intake->startCall();
    });
    newCall->setToolTip(tr("Clear the intake form for the next call"));
    newCall->setShortcut(QKeySequence::New);
    view->addSeparator();
    auto *language = new LanguageMenu(view);
    view->addMenu(language);
    connect(language, &LanguageMenu::languageChosen, this, [this] {
        statusBar()->showMessage(tr("The language changes the next time Dispatch Desk starts."), 15000);
    });
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts = help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    shortcuts->setShortcut(QKeySequence(Qt::Key_F1));
    shortcuts->setToolTip(tr("Every key of the console, by workspace"));

    statusBar()->addWidget(m_userLabel);
    statusBar()->addWidget(m_lastSaved, 1);
    statusBar()->addPermanentWidget(m_alertLabel);
    statusBar()->addPermanentWidget(m_syncLabel);
    m_syncLabel->setText(tr("Local only (no server configured)"));
    m_alertLabel->setObjectName(QStringLiteral("alertLabel"));

    connect(m_intake, &IntakeForm::ticketSaved, this,
            [this](const QString &, const QString &number) { m_lastSaved->setText(tr("Saved %1").arg(number)); });
    connect(&desk, &DeskService::commandApplied, this, &MainWindow::updateStatus);
    connect(m_timer, &QTimer::timeout, this, &MainWindow::tick);
    m_timer->start(15000);
    updateStatus();
    resize(1280, 800);
}

void MainWindow::showShortcuts()
{
    auto *dialog = new ShortcutHelpDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::showWorkspace(Workspace w)
{
    m_tabs->setCurrentIndex(int(w));
}

MainWindow::Workspace MainWindow::currentWorkspace() const
{
    return Workspace(m_tabs->currentIndex());
}

void MainWindow::tick()
{
    m_board->tick();
    m_callbacks->tick();
    m_complaints->tick();
    updateStatus();
}

void MainWindow::updateStatus()
{
    const auto user = m_desk.store().load(Store::Users, m_desk.user());
    m_userLabel->setText(user ? tr("User: %1").arg(user->value(QStringLiteral("name")).toString())
                              : tr("User: %1").arg(m_desk.user()));
    const int alerts = m_board->alerts()->count();
    m_alertLabel->setText(tr("%n open alert(s)", nullptr, alerts));
}

void MainWindow::setSyncClient(SyncClient *sync)
{
    m_sync = sync;
    m_syncLabel->setTextFormat(Qt::RichText);
    m_syncLabel->setObjectName(QStringLiteral("syncStatus"));
    auto refresh = [this] {
        if (m_sync->online())
            m_lastSync = QTime::currentTime().toString(QStringLiteral("HH:mm:ss"));
        const int pending = m_sync->pendingCount();
        const int rejected = int(m_sync->rejected().size());
        QString text = m_sync->online()
                           ? tr("Online, synced %1").arg(m_lastSync)
                           : tr("Offline (last sync %1)").arg(m_lastSync.isEmpty() ? tr("never") : m_lastSync);
        text += QStringLiteral(" · ") + tr("%n waiting to send", nullptr, pending);
        if (rejected > 0)
            text += QStringLiteral(" · <a href=\"rejected\">") + tr("%n refused by the server", nullptr, rejected) +
                    QStringLiteral("</a>");
        m_syncLabel->setText(text);
    };
    connect(sync, &SyncClient::syncStateChanged, this, refresh);
    connect(sync, &SyncClient::commandRejected, this, [this](const QString &command, const QString &why) {
        statusBar()->showMessage(tr("The server refused %1: %2").arg(command, why), 15000);
    });
    connect(m_syncLabel, &QLabel::linkActivated, this, [this] {
        QStringList lines;
        for (const Record &r : m_sync->rejected())
            lines << r.value(QStringLiteral("command")).toString() + QStringLiteral(": ") +
                         r.value(QStringLiteral("result")).toString();
        QMessageBox::information(this, tr("Refused by the server"), lines.join(QLatin1Char('\n')));
    });
    refresh();
}

QString MainWindow::syncStatus() const
{
    return m_syncLabel->text();
}
