# SPDX-License-Identifier: GPL-3.0-or-later
# Network analysis (issue 5): the igraph-backed metrics engine, findings and comparison; the
# interaction, intervention, outcome and import-batch storage; the importers, CLI commands and the
# sample's interaction history. Included by core/CMakeLists.txt.
target_sources(steward_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/../cli/ImportListCommand.cpp ${CMAKE_CURRENT_LIST_DIR}/../cli/ImportListCommand.h
    ${CMAKE_CURRENT_LIST_DIR}/../cli/ImportUndoCommand.cpp ${CMAKE_CURRENT_LIST_DIR}/../cli/ImportUndoCommand.h
    ${CMAKE_CURRENT_LIST_DIR}/../cli/InteractionsImportCommand.cpp ${CMAKE_CURRENT_LIST_DIR}/../cli/InteractionsImportCommand.h
    ${CMAKE_CURRENT_LIST_DIR}/../cli/InterventionAddCommand.cpp ${CMAKE_CURRENT_LIST_DIR}/../cli/InterventionAddCommand.h
    ${CMAKE_CURRENT_LIST_DIR}/../cli/InterventionListCommand.cpp ${CMAKE_CURRENT_LIST_DIR}/../cli/InterventionListCommand.h
    ${CMAKE_CURRENT_LIST_DIR}/../cli/NetworkCommandOptions.cpp ${CMAKE_CURRENT_LIST_DIR}/../cli/NetworkCommandOptions.h
    ${CMAKE_CURRENT_LIST_DIR}/../cli/NetworkCommands.cpp ${CMAKE_CURRENT_LIST_DIR}/../cli/NetworkCommands.h
    ${CMAKE_CURRENT_LIST_DIR}/../cli/NetworkCompareCommand.cpp ${CMAKE_CURRENT_LIST_DIR}/../cli/NetworkCompareCommand.h
    ${CMAKE_CURRENT_LIST_DIR}/../cli/NetworkFindingsCommand.cpp ${CMAKE_CURRENT_LIST_DIR}/../cli/NetworkFindingsCommand.h
    ${CMAKE_CURRENT_LIST_DIR}/../cli/NetworkMetricsCommand.cpp ${CMAKE_CURRENT_LIST_DIR}/../cli/NetworkMetricsCommand.h
    ${CMAKE_CURRENT_LIST_DIR}/../cli/OutcomesImportCommand.cpp ${CMAKE_CURRENT_LIST_DIR}/../cli/OutcomesImportCommand.h
    ${CMAKE_CURRENT_LIST_DIR}/../demo/SampleInteractions.cpp ${CMAKE_CURRENT_LIST_DIR}/../demo/SampleInteractions.h
    ${CMAKE_CURRENT_LIST_DIR}/../import/InteractionCsvImport.cpp ${CMAKE_CURRENT_LIST_DIR}/../import/InteractionCsvImport.h
    ${CMAKE_CURRENT_LIST_DIR}/../import/OutcomeCsvImport.cpp ${CMAKE_CURRENT_LIST_DIR}/../import/OutcomeCsvImport.h
    ${CMAKE_CURRENT_LIST_DIR}/EffectiveSize.cpp ${CMAKE_CURRENT_LIST_DIR}/EffectiveSize.h
    ${CMAKE_CURRENT_LIST_DIR}/IgraphGraph.cpp ${CMAKE_CURRENT_LIST_DIR}/IgraphGraph.h
    ${CMAKE_CURRENT_LIST_DIR}/IgraphIntVector.cpp ${CMAKE_CURRENT_LIST_DIR}/IgraphIntVector.h
    ${CMAKE_CURRENT_LIST_DIR}/IgraphMatrix.cpp ${CMAKE_CURRENT_LIST_DIR}/IgraphMatrix.h
    ${CMAKE_CURRENT_LIST_DIR}/IgraphVector.cpp ${CMAKE_CURRENT_LIST_DIR}/IgraphVector.h
    ${CMAKE_CURRENT_LIST_DIR}/Network.cpp ${CMAKE_CURRENT_LIST_DIR}/Network.h
    ${CMAKE_CURRENT_LIST_DIR}/NetworkAnalysis.cpp ${CMAKE_CURRENT_LIST_DIR}/NetworkAnalysis.h
    ${CMAKE_CURRENT_LIST_DIR}/NetworkComparison.cpp ${CMAKE_CURRENT_LIST_DIR}/NetworkComparison.h
    ${CMAKE_CURRENT_LIST_DIR}/NetworkFindings.cpp ${CMAKE_CURRENT_LIST_DIR}/NetworkFindings.h
    ${CMAKE_CURRENT_LIST_DIR}/NetworkFindingsFormat.cpp ${CMAKE_CURRENT_LIST_DIR}/NetworkFindingsFormat.h
    ${CMAKE_CURRENT_LIST_DIR}/NetworkMetrics.h
    ${CMAKE_CURRENT_LIST_DIR}/NetworkMetricsFormat.cpp ${CMAKE_CURRENT_LIST_DIR}/NetworkMetricsFormat.h
    ${CMAKE_CURRENT_LIST_DIR}/NetworkSource.cpp ${CMAKE_CURRENT_LIST_DIR}/NetworkSource.h
    ${CMAKE_CURRENT_LIST_DIR}/PathMetrics.cpp ${CMAKE_CURRENT_LIST_DIR}/PathMetrics.h
    ${CMAKE_CURRENT_LIST_DIR}/SpearmanCorrelation.cpp ${CMAKE_CURRENT_LIST_DIR}/SpearmanCorrelation.h
    ${CMAKE_CURRENT_LIST_DIR}/WorkerProcesses.cpp ${CMAKE_CURRENT_LIST_DIR}/WorkerProcesses.h
    ${CMAKE_CURRENT_LIST_DIR}/../storage/ImportBatch.h
    ${CMAKE_CURRENT_LIST_DIR}/../storage/ImportBatchRepository.cpp ${CMAKE_CURRENT_LIST_DIR}/../storage/ImportBatchRepository.h
    ${CMAKE_CURRENT_LIST_DIR}/../storage/Interaction.h
    ${CMAKE_CURRENT_LIST_DIR}/../storage/InteractionFilter.h
    ${CMAKE_CURRENT_LIST_DIR}/../storage/DerivedInteractions.cpp ${CMAKE_CURRENT_LIST_DIR}/../storage/DerivedInteractions.h
    ${CMAKE_CURRENT_LIST_DIR}/../storage/InteractionRepository.cpp ${CMAKE_CURRENT_LIST_DIR}/../storage/InteractionRepository.h
    ${CMAKE_CURRENT_LIST_DIR}/../storage/Intervention.h
    ${CMAKE_CURRENT_LIST_DIR}/../storage/InterventionRepository.cpp ${CMAKE_CURRENT_LIST_DIR}/../storage/InterventionRepository.h
    ${CMAKE_CURRENT_LIST_DIR}/../storage/NetworkSchema.cpp ${CMAKE_CURRENT_LIST_DIR}/../storage/NetworkSchema.h
    ${CMAKE_CURRENT_LIST_DIR}/../storage/Outcome.h
    ${CMAKE_CURRENT_LIST_DIR}/../storage/OutcomeRepository.cpp ${CMAKE_CURRENT_LIST_DIR}/../storage/OutcomeRepository.h
)
