// SPDX-License-Identifier: GPL-3.0-or-later
#include "IgraphVector.h"

#include <algorithm>
#include <utility>

namespace steward {

IgraphVector::IgraphVector(qsizetype size)
{
    if (igraph_vector_init(&m_vector, igraph_integer_t(size)) != IGRAPH_SUCCESS)
        m_vector = {};
}

IgraphVector::IgraphVector(const std::vector<double>& values)
    : IgraphVector(qsizetype(values.size()))
{
    if (isValid())
        std::copy(values.begin(), values.end(), m_vector.stor_begin);
}

IgraphVector::~IgraphVector()
{
    if (isValid())
        igraph_vector_destroy(&m_vector);
}

IgraphVector::IgraphVector(IgraphVector&& other) noexcept
    : m_vector(std::exchange(other.m_vector, {}))
{
}

IgraphVector& IgraphVector::operator=(IgraphVector&& other) noexcept
{
    std::swap(m_vector, other.m_vector);
    return *this;
}

qsizetype IgraphVector::size() const
{
    return isValid() ? qsizetype(igraph_vector_size(&m_vector)) : 0;
}

std::vector<double> IgraphVector::toStd() const
{
    return isValid() ? std::vector<double>(m_vector.stor_begin, m_vector.end) : std::vector<double>();
}

} // namespace steward
