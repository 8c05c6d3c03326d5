#pragma once

#include <QDialog>
#include <QHash>
#include <QJsonValue>

class DeskService;
class QCheckBox;
class QTextBrowser;

// 一票到底: everything that happened to one ticket, told as a story: when, who (by name), what (the event in
// words) and its details with their labels, times as 12-03 10:28, money as ¥, states and kinds translated. Every
// field that changed (R17) is in a detail shown on request, in the same words.
class TimelineDialog : public QDialog
{
    Q_OBJECT
public:
    TimelineDialog(DeskService &desk, const QString &ticketId, QWidget *parent = nullptr);
    // The story as shown (with the changed fields when they are shown)
    QString text() const;
    void showChanges(bool shown);

private:
    // One value of field `key` in words
    QString valueText(const QString &key, const QJsonValue &value) const;

    QTextBrowser *m_view;
    QTextBrowser *m_changes;
    QCheckBox *m_showChanges;
    QHash<QString, QString> m_names; // users and technicians by id
    int m_offsetMinutes = 480;
};
