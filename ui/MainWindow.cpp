#include "MainWindow.h"

#include "Icons.h"
#include "admin/AdminWorkspace.h"
#include "admin/ImportDialog.h"
#include "admin/LanguageMenu.h"
#include "admin/ServerDialog.h"
#include "help/ShortcutHelpDialog.h"

#include "callbacks/CallbackQueueView.h"
#include "complaints/ComplaintsView.h"
#include "dispatch/DispatchBoard.h"
#include "intake/IntakeForm.h"
#include "models/AlertListModel.h"
#include "models/CallbackQueueModel.h"
#include "models/TicketListModel.h"
#include "reports/DashboardView.h"
#include "rules/Labels.h"
#include "search/GlobalSearchDialog.h"
#include "service/DeskService.h"
#include "sync/SyncClient.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTime>
#include <QTimer>

MainWindow::MainWindow(DeskService &desk, QWidget *parent)
    : QMainWindow(parent), m_desk(desk), m_tabs(new QTabWidget),
      m_intake(new IntakeForm(desk, desk.path() + QStringLiteral(".intake-draft.json"))),
      m_board(new DispatchBoard(desk)), m_callbacks(new CallbackQueueView(desk)),
      m_complaints(new ComplaintsView(desk)), m_reports(new DashboardView(desk)), m_admin(new AdminWorkspace(desk)),
      m_userLabel(new QLabel), m_alertLabel(new QLabel), m_syncLabel(new QLabel), m_syncIcon(new QLabel),
      m_lastSaved(new QLabel), m_timer(new QTimer(this))
{
    setWindowTitle(tr("Dispatch Desk"));
    // One row per workspace, in the order of Workspace: tab, View menu entry, icon, what it is for (with its key)
    struct Space
    {
        QWidget *page;
        QString tab;
        QString menu;
        Icons::Name icon;
        QString tip;
    };
    const QList<Space> spaces = {
        {m_intake, tr("Intake (F2)"), tr("&Intake"), Icons::Intake, tr("Log a customer's call and open a ticket (F2)")},
        {m_board, tr("Dispatch board (F3)"), tr("&Dispatch board"), Icons::Dispatch,
         tr("Dispatch open tickets to technicians and track them to completion (F3)")},
        {m_callbacks, tr("Callbacks (F4)"), tr("&Callbacks"), Icons::Callback,
         tr("Phone customers back after the repair and record their answers (F4)")},
        {m_complaints, tr("Complaints (F5)"), tr("Co&mplaints"), Icons::Complaint,
         tr("Register customer complaints and track them until they are resolved (F5)")},
        {m_reports, tr("Reports (F6)"), tr("&Reports"), Icons::Chart,
         tr("Key figures, trends, daily reports and outlet claims (F6)")},
        {m_admin, tr("Admin (F7)"), tr("&Admin"), Icons::Settings,
         tr("Users, technicians, zones, warranty, fees, parts and rule settings (F7)")}};
    for (const Space &s : spaces) {
        const int index = m_tabs->addTab(s.page, Icons::get(s.icon), s.tab);
        m_tabs->setTabToolTip(index, s.tip);
    }
    setCentralWidget(m_tabs);
    // The workspaces own the keyboard: the tab bar never takes it (F2…F7 switch), each page puts it where its user
    // types next
    m_tabs->tabBar()->setFocusPolicy(Qt::NoFocus);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { focusWorkspace(); });

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
    backup->setIcon(Icons::get(Icons::Backup));
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
    restore->setIcon(Icons::get(Icons::Restore));
    restore->setToolTip(tr("Replace the desk's data with a backup; the current data is kept"));
    QAction *import = file->addAction(tr("&Import customers…"), this, [this] {
        ImportDialog dialog(m_desk, this);
        dialog.exec();
    });
    import->setIcon(Icons::get(Icons::Import));
    import->setToolTip(tr("Customers and their appliances from a spreadsheet saved as CSV"));
    QAction *server = file->addAction(tr("Central &server…"), this, [this] {
        ServerDialog dialog(m_desk, this);
        if (dialog.exec() == QDialog::Accepted)
            statusBar()->showMessage(tr("The server setting is used from the next start of Dispatch Desk."), 15000);
    });
    server->setIcon(Icons::get(Icons::SyncOnline));
    server->setToolTip(tr("Where this desk syncs with the other desks (admin only)"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setIcon(Icons::get(Icons::Quit));
    quit->setToolTip(tr("Close Dispatch Desk; everything saved stays in the desk database (%1)")
                         .arg(quit->shortcut().toString(QKeySequence::NativeText)));
    QMenu *view = menuBar()->addMenu(tr("&View"));
    const Qt::Key keys[] = {Qt::Key_F2, Qt::Key_F3, Qt::Key_F4, Qt::Key_F5, Qt::Key_F6, Qt::Key_F7};
    for (int i = 0; i < spaces.size(); ++i) {
        const Workspace w = Workspace(i);
        QAction *a =
            view->addAction(Icons::get(spaces.at(i).icon), spaces.at(i).menu, this, [this, w] { showWorkspace(w); });
        a->setShortcut(QKeySequence(keys[i]));
        a->setToolTip(spaces.at(i).tip);
    }
    QAction *find = view->addAction(tr("&Find a ticket or customer…"), this, &MainWindow::showSearch);
    find->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    find->setIcon(Icons::get(Icons::Search));
    find->setToolTip(tr("Any ticket by its number or last digits, any customer by phone, name, pinyin or address "
                        "(Ctrl+K)"));
    QAction *newCall = file->addAction(tr("&New call"), this, [this] {
        showWorkspace(Intake);
        m_intake->startCall();
    });
    newCall->setShortcut(QKeySequence::New);
    newCall->setIcon(Icons::get(Icons::NewCall));
    newCall->setToolTip(
        tr("Clear the intake form for the next call (%1)").arg(newCall->shortcut().toString(QKeySequence::NativeText)));
    view->addSeparator();
    auto *language = new LanguageMenu(view);
    language->setIcon(Icons::get(Icons::Language));
    language->menuAction()->setToolTip(tr("The language of the console, from its next start"));
    view->addMenu(language);
    connect(language, &LanguageMenu::languageChosen, this, [this] {
        statusBar()->showMessage(tr("The language changes the next time Dispatch Desk starts."), 15000);
    });
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts = help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    shortcuts->setShortcut(QKeySequence(Qt::Key_F1));
    shortcuts->setIcon(Icons::get(Icons::Keyboard));
    shortcuts->setToolTip(tr("Every key of the console, by workspace (F1)"));
    // Hovering a menu entry shows what it does as a tooltip and in the status bar
    for (QMenu *menu : {file, view, help}) {
        menu->setToolTipsVisible(true);
        for (QAction *a : menu->actions())
            if (!a->isSeparator() && a->statusTip().isEmpty())
                a->setStatusTip(a->toolTip());
    }

    statusBar()->addWidget(m_userLabel);
    statusBar()->addWidget(m_lastSaved, 1);
    statusBar()->addPermanentWidget(m_alertLabel);
    statusBar()->addPermanentWidget(m_syncIcon);
    statusBar()->addPermanentWidget(m_syncLabel);
    m_syncIcon->hide(); // shown with the sync state once a server is configured
    m_syncLabel->setText(tr("Local only (no server configured)"));
    m_alertLabel->setObjectName(QStringLiteral("alertLabel"));

    connect(m_intake, &IntakeForm::ticketSaved, this,
            [this](const QString &, const QString &number) { m_lastSaved->setText(tr("Saved %1").arg(number)); });
    connect(&desk, &DeskService::changed, this, &MainWindow::updateStatus);
    // The alert count follows the board's alerts as they are read and updated
    QAbstractItemModel *alerts = m_board->alertModel();
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(alerts, signal, this, &MainWindow::updateAlertCount);
    connect(alerts, &QAbstractItemModel::modelReset, this, &MainWindow::updateAlertCount);
    connect(m_timer, &QTimer::timeout, this, &MainWindow::tick);
    m_timer->start(15000);
    updateStatus();
    // 1280×800, or the screen when it is smaller (a 1280×720 or 1366×768 desk): every workspace fits
    QSize size(1280, 800);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableGeometry().size());
    resize(size);
}

void MainWindow::showShortcuts()
{
    auto *dialog = new ShortcutHelpDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

GlobalSearchDialog *MainWindow::search() const
{
    return m_search.data();
}

void MainWindow::showSearch()
{
    auto *dialog = new GlobalSearchDialog(m_desk, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &GlobalSearchDialog::ticketChosen, this, [this](const QString &id) {
        showWorkspace(Dispatch);
        m_board->showTicket(id);
    });
    connect(dialog, &GlobalSearchDialog::customerChosen, this, [this](const QString &id) {
        m_tabs->setCurrentIndex(Intake);
        m_intake->showCustomer(id);
    });
    m_search = dialog;
    dialog->open();
    dialog->activateWindow();
    dialog->text()->setFocus();
}

void MainWindow::showWorkspace(Workspace w)
{
    if (m_tabs->currentIndex() == int(w))
        focusWorkspace(); // otherwise currentChanged does it
    else
        m_tabs->setCurrentIndex(int(w));
}

void MainWindow::focusWorkspace()
{
    switch (currentWorkspace()) {
    case Intake:
        m_intake->enterWorkspace();
        return;
    case Dispatch:
        m_board->enterWorkspace();
        return;
    case Callbacks:
        m_callbacks->enterWorkspace();
        return;
    default:
        break;
    }
    // The first control of the page that takes the keyboard (a page's own tab bar only chooses pages)
    QWidget *page = m_tabs->currentWidget();
    for (QWidget *w = page->nextInFocusChain(); w && w != page; w = w->nextInFocusChain()) {
        if (page->isAncestorOf(w) && w->isVisibleTo(page) && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) &&
            !w->inherits("QTabBar") && !w->inherits("QTabWidget")) {
            w->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // Once the window is up: the focus goes where the workspace's user types first
    QTimer::singleShot(0, this, [this] { focusWorkspace(); });
}

MainWindow::Workspace MainWindow::currentWorkspace() const
{
    return Workspace(m_tabs->currentIndex());
}

void MainWindow::tick()
{
    // The database file deleted under the running desk: written back from the open connection, and said so
    if (const QString recovered = m_desk.checkFileStillThere(); !recovered.isEmpty()) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Dispatch Desk"), recovered, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        statusBar()->showMessage(recovered, 60000);
    }
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
    updateAlertCount();
}

void MainWindow::updateAlertCount()
{
    m_alertLabel->setText(tr("%n open alert(s)", nullptr, m_board->alertModel()->rowCount()));
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
        if (!m_sync->lastError().isEmpty()) // the desk's own store failed: said where the eye is, not swallowed
            text += QStringLiteral(" · <span style=\"color:#c62828\">") + m_sync->lastError().toHtmlEscaped() +
                    QStringLiteral("</span>");
        m_syncLabel->setText(text);
        m_syncIcon->setPixmap(Icons::pixmap(m_sync->online() ? Icons::SyncOnline : Icons::SyncOffline, 16,
                                            m_syncIcon->devicePixelRatioF()));
        m_syncIcon->setToolTip(m_sync->online() ? tr("Online: changes are sent to the server every second")
                                                : tr("Offline: changes are kept and sent when the server is back"));
        m_syncIcon->setVisible(!m_syncIcon->pixmap().isNull());
    };
    connect(sync, &SyncClient::syncStateChanged, this, refresh);
    connect(sync, &SyncClient::commandRejected, this, [this](const QString &command, const QString &why) {
        statusBar()->showMessage(tr("The server refused to %1: %2").arg(Labels::command(command), why), 15000);
    });
    connect(m_syncLabel, &QLabel::linkActivated, this, [this] {
        QStringList lines;
        for (const Record &r : m_sync->rejected())
            lines << Labels::command(r.value(QStringLiteral("command")).toString()) + QStringLiteral(": ") +
                         r.value(QStringLiteral("result")).toString();
        QMessageBox::information(this, tr("Refused by the server"), lines.join(QLatin1Char('\n')));
    });
    refresh();
}

QString MainWindow::syncStatus() const
{
    return m_syncLabel->text();
}
