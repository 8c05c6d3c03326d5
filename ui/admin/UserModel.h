#pragma once

#include "AdminTableModel.h"

// The desk's users and their roles (clerk, dispatcher, supervisor, admin): who may log calls, run tickets, record
// callbacks and set up the centre. Names, outlets and "active" edit in place; the role in the user form.
class UserModel : public AdminTableModel
{
    Q_OBJECT
public:
    enum Column { Id, Name, Access, Outlet, Active, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole, KeyRole };

    explicit UserModel(DeskService &desk, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QJsonObject commandFields(const Record &record) const override;

    static QString roleName(const QString &role);
    static QList<QPair<QString, QString>> roleChoices();

protected:
    QString fieldOf(int column) const override;
    QJsonValue commandValue(int column, const QVariant &value, QString *problem) const override;
};
