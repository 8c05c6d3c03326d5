#pragma once

#include <QMainWindow>
#include <QPointer>

class AdminWorkspace;
class CallbackQueueView;
class ComplaintsView;
class DashboardView;
class DeskService;
class DispatchBoard;
class GlobalSearchDialog;
class IntakeForm;
class QLabel;
class QTabWidget;
class QTimer;
class SyncClient;

// One window, six workspaces: Intake (F2), Dispatch board (F3), Callbacks (F4), Complaints (F5), Reports (F6), Admin
// (F7). Help → Keyboard shortcuts (F1) lists every key. The
// status bar shows who is working, the open alerts and the sync state.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Workspace { Intake, Dispatch, Callbacks, Complaints, Reports, Admin };

    explicit MainWindow(DeskService &desk, QWidget *parent = nullptr);

    void showWorkspace(Workspace w);
    Workspace currentWorkspace() const;
    IntakeForm *intake() const { return m_intake; }
    DispatchBoard *board() const { return m_board; }
    CallbackQueueView *callbacks() const { return m_callbacks; }
    ComplaintsView *complaints() const { return m_complaints; }
    DashboardView *reports() const { return m_reports; }
    AdminWorkspace *admin() const { return m_admin; }
    // Help → Keyboard shortcuts (F1)
    void showShortcuts();
    // Advances countdowns to the desk clock's now (called every 15 s by a timer).
    void tick();
    // Shows the sync state (online, pending, last sync, rejected commands) of a desk that syncs with a server
    void setSyncClient(SyncClient *sync);
    QString syncStatus() const;
    // Ctrl+K: find a ticket or a customer anywhere (the dialog open, or null)
    void showSearch();
    GlobalSearchDialog *search() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateStatus();
    void focusWorkspace();
    void updateAlertCount();

    DeskService &m_desk;
    QTabWidget *m_tabs;
    IntakeForm *m_intake;
    DispatchBoard *m_board;
    CallbackQueueView *m_callbacks;
    ComplaintsView *m_complaints;
    DashboardView *m_reports;
    AdminWorkspace *m_admin;
    QPointer<GlobalSearchDialog> m_search;
    QLabel *m_userLabel;
    QLabel *m_alertLabel;
    QLabel *m_syncLabel;
    QLabel *m_syncIcon;
    SyncClient *m_sync = nullptr;
    QString m_lastSync;
    QLabel *m_lastSaved;
    QTimer *m_timer;
};
