#pragma once

#include <QDialog>

class DeskService;
class QLineEdit;
class QListWidget;
class QLabel;

// Ctrl+K: one box that finds any ticket by its number (full, or the last digits of an open or recent one) and any
// customer by phone, name, pinyin or address, with state and date; Enter opens the first hit, ↓ moves into the
// list. A ticket opens on the board (or its timeline when closed), a customer on intake.
class GlobalSearchDialog : public QDialog
{
    Q_OBJECT
public:
    explicit GlobalSearchDialog(DeskService &desk, QWidget *parent = nullptr);

    void search(const QString &text);
    QListWidget *hits() const { return m_hits; }
    QLineEdit *text() const { return m_text; }

signals:
    void ticketChosen(const QString &ticketId);
    void customerChosen(const QString &customerId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void choose(int row);

    DeskService &m_desk;
    QLineEdit *m_text;
    QListWidget *m_hits;
    QLabel *m_summary;
};
