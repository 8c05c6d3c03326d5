#include "ServerDialog.h"

#include "Icons.h"
#include "rules/Permissions.h"
#include "service/DeskService.h"
#include "sync/SyncClient.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QUrl>

namespace {
const char *const kServer = "sync/server";
const char *const kCa = "sync/ca";
const char *const kOutlet = "sync/outlet";
} // namespace

ServerDialog::Settings ServerDialog::stored()
{
    QSettings settings;
    return {settings.value(QLatin1String(kServer)).toString(), settings.value(QLatin1String(kCa)).toString(),
            settings.value(QLatin1String(kOutlet)).toString()};
}

void ServerDialog::store(const Settings &s)
{
    QSettings settings;
    settings.setValue(QLatin1String(kServer), s.server);
    settings.setValue(QLatin1String(kCa), s.caFile);
    settings.setValue(QLatin1String(kOutlet), s.outlet);
}

ServerDialog::ServerDialog(DeskService &desk, QWidget *parent)
    : QDialog(parent), m_desk(desk), m_server(new QLineEdit(this)), m_ca(new QLineEdit(this)),
      m_outlet(new QLineEdit(this)), m_message(new QLabel(this))
{
    setWindowTitle(tr("Central server"));
    const Settings current = stored();
    m_server->setText(current.server);
    m_server->setPlaceholderText(tr("https://desk.example.com:8470 — empty: this desk works alone"));
    m_server->setToolTip(tr("The address of the centre's dispatchdesk-server"));
    m_ca->setText(current.caFile);
    m_ca->setPlaceholderText(tr("Optional: the centre's own certificate (PEM) for https"));
    m_ca->setToolTip(tr("Trust only this certificate for the server: the desk refuses any other"));
    m_outlet->setText(current.outlet);
    m_outlet->setPlaceholderText(tr("Head office only: the outlet this desk works for"));
    m_outlet->setToolTip(tr("A head-office account sees every outlet and names the one its commands are for"));
    auto *browse = new QPushButton(Icons::get(Icons::Open), tr("&Browse…"), this);
    browse->setToolTip(tr("Choose the certificate file"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Certificate of the server"), m_ca->text(),
                                                          tr("Certificates (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty())
            m_ca->setText(file);
    });
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_ca, 1);
    caRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_server);
    form->addRow(tr("&Certificate:"), caRow);
    form->addRow(tr("&Outlet:"), m_outlet);
    m_message->setWordWrap(true);
    m_message->setText(tr("Used from the next start of Dispatch Desk. Without a server the desk works the same, "
                          "alone."));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_testButton = buttons->addButton(tr("&Test"), QDialogButtonBox::ActionRole);
    m_testButton->setToolTip(tr("Ask the address whether a Dispatch Desk server answers there"));
    connect(m_testButton, &QPushButton::clicked, this, &ServerDialog::test);
    connect(buttons, &QDialogButtonBox::accepted, this, &ServerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ServerDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

QString ServerDialog::message() const
{
    return m_message->text();
}

void ServerDialog::show(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color:#b00020") : QString());
}

bool ServerDialog::check(QString *problem) const
{
    const QString address = m_server->text().trimmed();
    if (address.isEmpty())
        return true;
    *problem = SyncClient::addressProblem(QUrl(address, QUrl::StrictMode));
    if (!problem->isEmpty())
        return false;
    const QString ca = m_ca->text().trimmed();
    if (!ca.isEmpty() && !QFileInfo(ca).isReadable()) {
        *problem = tr("The certificate %1 cannot be read.").arg(ca);
        return false;
    }
    if (m_outlet->text().trimmed().size() > 64) {
        *problem = tr("An outlet's name has at most 64 characters.");
        return false;
    }
    return true;
}

void ServerDialog::test()
{
    QString problem;
    if (!check(&problem)) {
        show(problem, true);
        emit tested(false);
        return;
    }
    const QString address = m_server->text().trimmed();
    if (address.isEmpty()) {
        show(tr("No server: this desk works alone."), false);
        emit tested(false);
        return;
    }
    // The dialog stays live while the address is asked (up to five seconds)
    show(tr("Asking %1…").arg(address), false);
    m_testButton->setEnabled(false);
    SyncClient::probe(QUrl(address), m_ca->text().trimmed(), this, [this](bool ok, const QString &answer) {
        m_testButton->setEnabled(true);
        show(answer, !ok);
        emit tested(ok);
    });
}

void ServerDialog::accept()
{
    const auto user = m_desk.store().load(Store::Users, m_desk.user());
    const QString role = user ? user->value(QStringLiteral("role")).toString() : QString();
    if (user && !Permissions::allows(role, QStringLiteral("setting.set"))) {
        show(tr("Not changed: %1")
                 .arg(Permissions::refusal(user->value(QStringLiteral("name")).toString(), role,
                                           QStringLiteral("setting.set"))),
             true);
        return;
    }
    QString problem;
    if (!check(&problem)) {
        show(problem, true);
        return;
    }
    store({m_server->text().trimmed(), m_ca->text().trimmed(), m_outlet->text().trimmed()});
    QDialog::accept();
}
