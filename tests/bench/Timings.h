#pragma once

#include <QList>

// Durations of one operation over many runs, in milliseconds; percentiles by nearest rank.
class Timings
{
public:
    void add(double ms) { m_samples << ms; }
    int count() const { return int(m_samples.size()); }
    double percentile(double p) const;
    double p50() const { return percentile(50); }
    double p99() const { return percentile(99); }
    // The same samples multiplied by `factor` (e.g. per batch → per item).
    Timings scaled(double factor) const;

private:
    QList<double> m_samples;
};
