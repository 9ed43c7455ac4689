# SPDX-License-Identifier: GPL-3.0-or-later
# Network analysis (issue 5): the igraph-backed metrics engine, findings and comparison; the
# interaction, intervention, outcome and import-batch storage; the importers, CLI commands and the
# sample's interaction history. Included by core/CMakeLists.txt.
set(STEWARD_CORE_DIR ${CMAKE_CURRENT_LIST_DIR}/..)
target_sources(steward_core PRIVATE
    ${STEWARD_CORE_DIR}/network/EffectiveSize.cpp ${STEWARD_CORE_DIR}/network/EffectiveSize.h
    ${STEWARD_CORE_DIR}/network/IgraphGraph.cpp ${STEWARD_CORE_DIR}/network/IgraphGraph.h
    ${STEWARD_CORE_DIR}/network/IgraphIntVector.cpp ${STEWARD_CORE_DIR}/network/IgraphIntVector.h
    ${STEWARD_CORE_DIR}/network/IgraphMatrix.cpp ${STEWARD_CORE_DIR}/network/IgraphMatrix.h
    ${STEWARD_CORE_DIR}/network/IgraphVector.cpp ${STEWARD_CORE_DIR}/network/IgraphVector.h
    ${STEWARD_CORE_DIR}/network/Network.cpp ${STEWARD_CORE_DIR}/network/Network.h
    ${STEWARD_CORE_DIR}/network/NetworkAnalysis.cpp ${STEWARD_CORE_DIR}/network/NetworkAnalysis.h
    ${STEWARD_CORE_DIR}/network/NetworkMetrics.h
    ${STEWARD_CORE_DIR}/network/PathMetrics.cpp ${STEWARD_CORE_DIR}/network/PathMetrics.h
    ${STEWARD_CORE_DIR}/network/WorkerProcesses.cpp ${STEWARD_CORE_DIR}/network/WorkerProcesses.h
)
