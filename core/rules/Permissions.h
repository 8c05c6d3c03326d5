#pragma once

#include <QCoreApplication>
#include <QString>

// Who may give which command. Clerks log calls; dispatchers run tickets; supervisors also record callbacks and close
// complaints (and approve charges off the fee schedule, R6); admins set up the centre and may do everything.
// A command given by a known user with a role that may not give it is refused with the reason.
class Permissions
{
    Q_DECLARE_TR_FUNCTIONS(Permissions)
public:
    // The least role that may give the command: clerk, dispatcher, supervisor or admin
    static QString minimumRole(const QString &command);
    static bool allows(const QString &role, const QString &command);
    static QString roleLabel(const QString &role);
    static QString refusal(const QString &userName, const QString &role, const QString &command);
};
