#pragma once

#include <QDateTime>

// Where "now" comes from. Rules never read the wall clock; windows and the CLI inject one of these, tests a fixed one.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
};

class SystemClock : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTime(); }
};

class FixedClock : public Clock
{
public:
    explicit FixedClock(const QDateTime &t) : m_now(t) {}
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &t) { m_now = t; }
    void advanceSecs(qint64 s) { m_now = m_now.addSecs(s); }
    void setNow(const QDateTime &now) { m_now = now; }

private:
    QDateTime m_now;
};
