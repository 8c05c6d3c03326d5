#pragma once

#include <QDialog>

class DeskService;
class QTextBrowser;

// 一票到底: everything that happened to one ticket, with who and when, and every field that changed (R17).
class TimelineDialog : public QDialog
{
    Q_OBJECT
public:
    TimelineDialog(DeskService &desk, const QString &ticketId, QWidget *parent = nullptr);
    QString text() const;

private:
    QTextBrowser *m_view;
};
