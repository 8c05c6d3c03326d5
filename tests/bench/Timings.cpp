#include "Timings.h"

#include <algorithm>
#include <cmath>

double Timings::percentile(double p) const
{
    if (m_samples.isEmpty())
        return 0;
    QList<double> sorted = m_samples;
    std::sort(sorted.begin(), sorted.end());
    const int rank = qBound(1, int(std::ceil(p / 100.0 * sorted.size())), int(sorted.size()));
    return sorted.at(rank - 1);
}

Timings Timings::scaled(double factor) const
{
    Timings out;
    for (double v : m_samples)
        out.add(v * factor);
    return out;
}
