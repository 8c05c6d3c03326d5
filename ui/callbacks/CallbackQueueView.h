#pragma once

#include <QWidget>

class CallbackQueueModel;
class DeskService;
class QTableView;

// The supervisor's morning round: callbacks due and overdue, overdue first.
class CallbackQueueView : public QWidget
{
    Q_OBJECT
public:
    explicit CallbackQueueView(DeskService &desk, QWidget *parent = nullptr);
    CallbackQueueModel *model() const { return m_model; }
    void tick();

private:
    DeskService &m_desk;
    CallbackQueueModel *m_model;
    QTableView *m_table;
};
