#pragma once

#include <QDialog>

class DeskService;
class QListWidget;

// "Who is working?" at start: every command carries the chosen user, and each role starts on its own workspace.
class UserPicker : public QDialog
{
    Q_OBJECT
public:
    explicit UserPicker(DeskService &desk, QWidget *parent = nullptr);
    QString userId() const;
    bool hasUsers() const;

private:
    QListWidget *m_list;
};
