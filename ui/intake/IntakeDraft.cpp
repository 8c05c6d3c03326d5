#include "IntakeDraft.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

bool IntakeDraft::save(const QJsonObject &fields) const
{
    if (m_path.isEmpty())
        return false;
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(fields).toJson(QJsonDocument::Compact));
    return file.commit();
}

QJsonObject IntakeDraft::load() const
{
    QFile file(m_path);
    if (m_path.isEmpty() || !file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

void IntakeDraft::remove() const
{
    if (!m_path.isEmpty())
        QFile::remove(m_path);
}
