#pragma once

#include <QJsonObject>
#include <QString>

// The call being typed, kept on disk as it changes, so that a crash or a closed window loses nothing: the next
// start puts it back in the form. Written atomically (QSaveFile); removed once the call is saved or cleared.
class IntakeDraft
{
public:
    explicit IntakeDraft(const QString &path) : m_path(path) {}
    QString path() const { return m_path; }
    bool save(const QJsonObject &fields) const;
    QJsonObject load() const;
    void remove() const;

private:
    QString m_path;
};
